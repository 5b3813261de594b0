-- lexalign install script, joined from src/sql/*.sql by the Makefile.
-- Every name is schema-qualified (@extschema@, pg_catalog) against search_path attacks.
\echo Use "CREATE EXTENSION lexalign" to load this file. \quit

-- The functions below name the extension's objects as @extschema@.name, so
-- whoever controls that schema controls what they call, in triggers that
-- run as the table's owner.  CREATE EXTENSION reuses a schema that already
-- exists: refuse one that another role owns or may create objects in (a
-- role could make it first, then swap in objects of its own).
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_namespace n
               WHERE n.oid OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
                 -- the owner itself: a superuser is a member of every role
                 AND (n.nspowner OPERATOR(pg_catalog.<>) (SELECT r.oid FROM pg_catalog.pg_roles r
                                                          WHERE r.rolname OPERATOR(pg_catalog.=) CURRENT_USER)
                      OR EXISTS (SELECT FROM pg_catalog.aclexplode(n.nspacl) g
                                 WHERE g.privilege_type OPERATOR(pg_catalog.=) 'CREATE'
                                   AND g.grantee OPERATOR(pg_catalog.<>) n.nspowner))) THEN
        RAISE EXCEPTION 'schema @extschema@ already exists, and another role owns it or may create objects in it'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Drop or rename that schema, or create it as the role that installs the extension.';
    END IF;
END $$;
