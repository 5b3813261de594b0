-- The extension installs into its own schema, which it creates.
CREATE EXTENSION lexalign;
SELECT extversion, extrelocatable, extnamespace::regnamespace FROM pg_extension WHERE extname = 'lexalign';
-- Every operator class passes the access method's own validation.
SELECT opc.opcname, am.amname, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcnamespace = 'lexalign'::regnamespace
ORDER BY 1, 2;
-- Every C function is IMMUTABLE STRICT PARALLEL SAFE, except the index bounds (STABLE: see subtree_index.c).
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p
WHERE p.pronamespace = 'lexalign'::regnamespace AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
  AND (p.provolatile <> 'i' OR NOT p.proisstrict OR p.proparallel <> 's')
ORDER BY p.oid::regprocedure::text;
SELECT count(*) > 20 AS many_functions FROM pg_proc WHERE pronamespace = 'lexalign'::regnamespace;
-- The SQL and PL/pgSQL functions: only the triggers that keep history and the status segments are
-- SECURITY DEFINER; every PL/pgSQL one pins its search_path
-- (SQL-standard bodies are bound when created).
SELECT p.oid::regprocedure, l.lanname, p.provolatile, p.proparallel, p.prosecdef,
       coalesce(array_to_string(p.proconfig, ', '), '') AS settings
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = 'lexalign'::regnamespace AND l.lanname <> 'c' AND p.prokind = 'f'
ORDER BY p.oid::regprocedure::text;
