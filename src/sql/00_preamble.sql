-- lexalign install script, joined from src/sql/*.sql by the Makefile.
-- Every name is schema-qualified (@extschema@, pg_catalog) against search_path attacks.
\echo Use "CREATE EXTENSION lexalign" to load this file. \quit
