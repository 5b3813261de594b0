-- Roles (DESIGN.md "Security and reliability"): lexalign_reader reads every
-- table, view and report, and needs nothing else; lexalign_editor also
-- records assessments, which is an INSERT: no role but the owner may update
-- or delete one (42_assessments.sql).  Roles belong to the cluster, not to a
-- database: they are made if missing, and stay when the extension is dropped.
DO $$
BEGIN
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
