-- Roles (DESIGN.md "Security and reliability"): lexalign_reader reads every
-- table, view and report, and needs nothing else; lexalign_editor also
-- records assessments, which is an INSERT: no role but the owner may update
-- or delete one (42_assessments.sql).  Roles belong to the cluster, not to a
-- database: they are made if missing, and stay when the extension is dropped.
-- A role of that name made earlier, by whoever may create roles, is taken
-- over only if it is what this script would make: no login, no password, no
-- attribute, and a member of no role (but the editor of the reader).  Else
-- granting lexalign_reader could grant much more than reading.
DO $$
DECLARE
    odd text;
BEGIN
    SELECT pg_catalog.string_agg(a.rolname, ', ' ORDER BY a.rolname) INTO odd
    FROM pg_catalog.pg_authid a
    WHERE a.rolname IN ('lexalign_reader', 'lexalign_editor')
      AND (a.rolcanlogin OR a.rolpassword IS NOT NULL OR a.rolsuper OR a.rolcreaterole OR a.rolcreatedb
           OR a.rolreplication OR a.rolbypassrls
           OR EXISTS (SELECT FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                      WHERE m.member = a.oid
                        AND NOT (a.rolname = 'lexalign_editor' AND g.rolname = 'lexalign_reader')));
    IF odd IS NOT NULL THEN
        RAISE EXCEPTION 'role % already exists, and can log in, has attributes or belongs to another role', odd
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Drop that role, or make it NOLOGIN with no password, no attribute and no membership, then create the extension.';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'lexalign_reader') THEN
        CREATE ROLE lexalign_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'lexalign_editor') THEN
        CREATE ROLE lexalign_editor NOLOGIN;
    END IF;
    IF NOT pg_catalog.pg_has_role('lexalign_editor', 'lexalign_reader', 'MEMBER') THEN
        GRANT lexalign_reader TO lexalign_editor;
    END IF;
END $$;
COMMENT ON ROLE lexalign_reader IS 'lexalign: reads every table, view and report';
COMMENT ON ROLE lexalign_editor IS 'lexalign: a reader who also records assessments';

GRANT USAGE ON SCHEMA @extschema@ TO lexalign_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA @extschema@ TO lexalign_reader;
GRANT INSERT ON @extschema@.assessment TO lexalign_editor;
