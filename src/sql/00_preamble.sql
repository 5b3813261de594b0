-- lexalign install script, joined from src/sql/*.sql by the Makefile.
-- Every name is schema-qualified (@extschema@, pg_catalog) against search_path attacks.
\echo Use "CREATE EXTENSION lexalign" to load this file. \quit

-- The functions below name the extension's objects as @extschema@.name, so
-- whoever controls that schema controls what they call, in triggers that
-- run as the table's owner.  CREATE EXTENSION reuses a schema that already
-- exists: accept one only if the installing role owns it, nobody else may
-- create objects in it, and it is empty (a role could have made it first and
-- left a function there, an overload that resolves ahead of ours, before
-- handing it over).
DO $$
DECLARE
    ns pg_catalog.oid := '@extschema@'::pg_catalog.regnamespace;
    problem text;
BEGIN
    SELECT CASE
             WHEN n.nspowner OPERATOR(pg_catalog.<>) (SELECT r.oid FROM pg_catalog.pg_roles r
                                                      WHERE r.rolname OPERATOR(pg_catalog.=) CURRENT_USER)
               THEN 'another role owns it'
             WHEN EXISTS (SELECT FROM pg_catalog.aclexplode(n.nspacl) g
                          WHERE g.privilege_type OPERATOR(pg_catalog.=) 'CREATE'
                            AND g.grantee OPERATOR(pg_catalog.<>) n.nspowner)
               THEN 'another role may create objects in it'
             WHEN EXISTS (SELECT FROM pg_catalog.pg_class WHERE relnamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_proc WHERE pronamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_type WHERE typnamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_operator WHERE oprnamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_opfamily WHERE opfnamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_opclass WHERE opcnamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_collation WHERE collnamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_conversion WHERE connamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_ts_config WHERE cfgnamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_ts_dict WHERE dictnamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_ts_parser WHERE prsnamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_ts_template WHERE tmplnamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_statistic_ext WHERE stxnamespace OPERATOR(pg_catalog.=) ns)
               OR EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extnamespace OPERATOR(pg_catalog.=) ns
                                                                AND extname OPERATOR(pg_catalog.<>) 'lexalign')
               THEN 'it is not empty'
           END
      INTO problem
      FROM pg_catalog.pg_namespace n WHERE n.oid OPERATOR(pg_catalog.=) ns;
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION 'schema @extschema@ already exists, and %', problem
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Drop or rename that schema, or let CREATE EXTENSION create it.';
    END IF;
END $$;
