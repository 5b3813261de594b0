-- Every object of the lexalign extension, one line each, by name and full
-- definition, sorted: two databases with equal output have the same objects,
-- whatever their OIDs and whichever way (fresh install or upgrade) they were
-- made.  Read by test/scripts/upgrade.sh.
WITH ext AS (
    SELECT oid, extconfig FROM pg_catalog.pg_extension WHERE extname = 'lexalign'
), member AS (
    SELECT d.classid, d.objid
    FROM pg_catalog.pg_depend d, ext
    WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.refobjid = ext.oid
      AND d.deptype = 'e'
), line AS (
    -- every member, with its comment, and whether the extension's owner owns it
    SELECT pg_catalog.pg_describe_object(m.classid, m.objid, 0)
           || ' | comment: ' || coalesce(pg_catalog.obj_description(m.objid, c.relname), '-')
           || ' | owned by the extension''s owner: '
           || coalesce((SELECT (o.owner OPERATOR(pg_catalog.=) ext.extowner)::text
                        FROM (SELECT p.proowner FROM pg_catalog.pg_proc p WHERE p.oid = m.objid
                              AND m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                              UNION ALL SELECT r.relowner FROM pg_catalog.pg_class r WHERE r.oid = m.objid
                              AND m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                              UNION ALL SELECT t.typowner FROM pg_catalog.pg_type t WHERE t.oid = m.objid
                              AND m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                              UNION ALL SELECT o.oprowner FROM pg_catalog.pg_operator o WHERE o.oid = m.objid
                              AND m.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass) o(owner)), '-') AS l
    FROM member m JOIN pg_catalog.pg_class c ON c.oid = m.classid
    CROSS JOIN (SELECT e.extowner FROM pg_catalog.pg_extension e WHERE e.extname = 'lexalign') ext
    UNION ALL
    -- functions: the whole definition (a SQL-standard body deparsed), and who may call them
    SELECT 'def ' || pg_catalog.pg_describe_object(m.classid, m.objid, 0) || E'\n'
           || pg_catalog.pg_get_functiondef(p.oid) || ' acl ' || coalesce(p.proacl::text, '-')
    FROM member m JOIN pg_catalog.pg_proc p ON p.oid = m.objid
    WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.prokind <> 'a'
    UNION ALL
    SELECT 'aggregate ' || a.aggfnoid::regprocedure::text || ' ' || a.aggtransfn::text || ' '
           || a.aggtranstype::regtype::text || ' ' || a.aggsortop::regoperator::text
    FROM member m JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = m.objid
    WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
    UNION ALL
    -- relations: kind, options and access; their columns in order, defaults,
    -- constraints, indexes, triggers; a view's query
    SELECT 'rel ' || r.oid::regclass::text || ' kind ' || r.relkind::text || ' persistence ' || r.relpersistence::text
           || ' options ' || coalesce(r.reloptions::text, '-') || ' acl ' || coalesce(r.relacl::text, '-')
    FROM member m JOIN pg_catalog.pg_class r ON r.oid = m.objid
    WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
    UNION ALL
    SELECT 'column ' || r.oid::regclass::text || ' ' || pg_catalog.lpad(pg_catalog.row_number() OVER w::text, 3, '0')
           || ' ' || a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
           || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
           || coalesce(' default ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '')
           || CASE WHEN a.attgenerated <> '' THEN ' generated ' || a.attgenerated::text ELSE '' END
           || coalesce(' collate ' || co.collname, '') || ' storage ' || a.attstorage::text
           || ' | comment: ' || coalesce(pg_catalog.col_description(r.oid, a.attnum), '-')
           || ' acl ' || coalesce(a.attacl::text, '-')
    FROM member m JOIN pg_catalog.pg_class r ON r.oid = m.objid
    JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = r.oid AND ad.adnum = a.attnum
    LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100
    WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
    WINDOW w AS (PARTITION BY r.oid ORDER BY a.attnum)
    UNION ALL
    SELECT 'constraint ' || k.conrelid::regclass::text || ' ' || k.conname || ' ' || pg_catalog.pg_get_constraintdef(k.oid)
           || CASE WHEN k.condeferrable THEN ' deferrable' ELSE '' END
    FROM member m JOIN pg_catalog.pg_constraint k ON k.conrelid = m.objid
    WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
    UNION ALL
    SELECT 'index ' || pg_catalog.pg_get_indexdef(i.indexrelid)
    FROM member m JOIN pg_catalog.pg_index i ON i.indrelid = m.objid
    WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
    UNION ALL
    SELECT 'trigger ' || pg_catalog.pg_get_triggerdef(t.oid) || ' enabled ' || t.tgenabled::text::text
    FROM member m JOIN pg_catalog.pg_trigger t ON t.tgrelid = m.objid
    WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND NOT t.tgisinternal
    UNION ALL
    SELECT 'view ' || r.oid::regclass::text || E'\n' || pg_catalog.pg_get_viewdef(r.oid)
    FROM member m JOIN pg_catalog.pg_class r ON r.oid = m.objid
    WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND r.relkind = 'v'
    UNION ALL
    SELECT 'sequence ' || s.seqrelid::regclass::text || ' ' || s.seqtypid::regtype::text || ' ' || s.seqstart
           || ' ' || s.seqincrement || ' ' || s.seqmax || ' ' || s.seqmin || ' ' || s.seqcache || ' ' || s.seqcycle
    FROM member m JOIN pg_catalog.pg_sequence s ON s.seqrelid = m.objid
    WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
    UNION ALL
    -- types: functions, storage, and an enum's labels in order
    SELECT 'type ' || t.oid::regtype::text || ' ' || t.typtype::text || ' ' || t.typlen || ' ' || t.typalign::text || ' '
           || t.typstorage::text || ' ' || t.typinput::text || ' ' || t.typoutput::text || ' ' || t.typreceive::text
           || ' ' || t.typsend::text || ' ' || t.typanalyze::text || ' ' || t.typcategory::text || ' '
           || t.typcollation || ' ' || coalesce((SELECT pg_catalog.string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                                                  FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid), '-')
    FROM member m JOIN pg_catalog.pg_type t ON t.oid = m.objid
    WHERE m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
    UNION ALL
    SELECT 'operator ' || o.oid::regoperator::text || ' ' || o.oprcode::text || ' com ' || o.oprcom::regoperator::text
           || ' neg ' || o.oprnegate::regoperator::text || ' ' || o.oprrest::text || ' ' || o.oprjoin::text
           || ' merges ' || o.oprcanmerge || ' hashes ' || o.oprcanhash
    FROM member m JOIN pg_catalog.pg_operator o ON o.oid = m.objid
    WHERE m.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass
    UNION ALL
    SELECT 'opclass ' || pg_catalog.pg_describe_object(m.classid, m.objid, 0) || ' default ' || c.opcdefault
           || ' family ' || f.opfname
    FROM member m JOIN pg_catalog.pg_opclass c ON c.oid = m.objid JOIN pg_catalog.pg_opfamily f ON f.oid = c.opcfamily
    WHERE m.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
    UNION ALL
    SELECT 'opfamily member ' || pg_catalog.pg_describe_object('pg_catalog.pg_amop'::pg_catalog.regclass, o.oid, 0)
           || ' ' || o.amoppurpose::text
    FROM member m JOIN pg_catalog.pg_amop o ON o.amopfamily = m.objid
    WHERE m.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass
    UNION ALL
    SELECT 'opfamily member ' || pg_catalog.pg_describe_object('pg_catalog.pg_amproc'::pg_catalog.regclass, p.oid, 0)
    FROM member m JOIN pg_catalog.pg_amproc p ON p.amprocfamily = m.objid
    WHERE m.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass
    UNION ALL
    SELECT 'cast ' || c.castsource::regtype::text || ' -> ' || c.casttarget::regtype::text || ' via '
           || c.castfunc::regprocedure::text || ' ' || c.castcontext::text || ' ' || c.castmethod::text
    FROM member m JOIN pg_catalog.pg_cast c ON c.oid = m.objid
    WHERE m.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass
    UNION ALL
    -- the tables pg_dump keeps, and the schema's grants
    SELECT 'dumped ' || x::regclass::text FROM ext, unnest(ext.extconfig) x
    UNION ALL
    SELECT 'schema ' || n.nspname || ' acl ' || coalesce(n.nspacl::text, '-')
    FROM pg_catalog.pg_namespace n WHERE n.nspname = 'lexalign'
)
SELECT l FROM line ORDER BY l COLLATE "C";
