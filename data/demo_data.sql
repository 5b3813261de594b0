-- lexalign demonstration data: the Moscow Declaration (2017), the UN drug
-- conventions of 1961, 1971 and 1988 it rests on, thirteen jurisdictions and
-- some of their drug laws, and ILLUSTRATIVE assessments.
--
-- Run with psql right after CREATE EXTENSION lexalign (as the owner of the
-- tables: the history section records assessments with past dates, which only
-- the owner may do):
--     SET search_path = lexalign, public;
--     \i data/demo_data.sql
--
-- What is real and what is not:
--   * instruments, clauses and their headings, acts, provisions and their
--     references are facts from shared/reference/domain.md and the project's
--     sourced list of national laws; the clause headings and provision bodies
--     are short summaries in our own words, and nothing more is claimed about
--     their content (clause bodies are not loaded: the texts are not reproduced);
--   * every ASSESSMENT is ILLUSTRATIVE: made up to show the reports, NOT a real
--     judgement of any country's law.  Each evidence text says so, and the
--     assessor is 'lexalign demo (illustrative)'.
--
-- Everything is loaded in one transaction, inside DO blocks, so that nothing
-- but the final checks is printed.

\set ON_ERROR_STOP on
\set QUIET on
SET client_min_messages = warning;

BEGIN;

-- ---------------------------------------------------------------------------
-- 1. Instruments
-- ---------------------------------------------------------------------------
DO $$
BEGIN
    PERFORM lexalign.add_instrument('moscow-2017', '/akn/un/doc/2017-12-04/moscow-declaration',
        'Moscow Declaration: Final Declaration of the International Conference "Parliamentarians Against Drugs"',
        'declaration', '2017-12-04');
    PERFORM lexalign.add_instrument('un-1961', '/akn/un/act/convention/1961-03-30/single-convention',
        'Single Convention on Narcotic Drugs, 1961', 'convention', '1961-03-30');
    PERFORM lexalign.add_instrument('un-1971', '/akn/un/act/convention/1971-02-21/psychotropic-substances',
        'Convention on Psychotropic Substances, 1971', 'convention', '1971-02-21');
    PERFORM lexalign.add_instrument('un-1988', '/akn/un/act/convention/1988-12-20/illicit-traffic',
        'United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances, 1988',
        'convention', '1988-12-20');

    -- add_instrument() takes neither the place of adoption nor the legal force
    UPDATE lexalign.instrument SET adopted_at = 'State Duma, Moscow', legal_force = 'political'
    WHERE code = 'moscow-2017';
    UPDATE lexalign.instrument SET adopted_at = 'New York', legal_force = 'binding' WHERE code = 'un-1961';
    UPDATE lexalign.instrument SET adopted_at = 'Vienna', legal_force = 'binding' WHERE code IN ('un-1971', 'un-1988');
END $$;

-- ---------------------------------------------------------------------------
-- 2. Clauses, each instrument's in document order (add_clause numbers the
--    positions in the order of addition; FOREACH keeps the arrays' order)
-- ---------------------------------------------------------------------------
DO $$
DECLARE
    c text[];
BEGIN
    -- The Moscow Declaration: the preambular paragraphs PP1-PP6 and OP1 only.
    -- The operative paragraphs after OP1 are NOT included: their text could
    -- not be retrieved (domain.md), and they are not invented here.
    FOREACH c SLICE 1 IN ARRAY ARRAY[
        ['PP1', 'The world drug problem remains a serious challenge calling for national and international action', 'preambular'],
        ['PP2', 'Readiness to implement the outcome document of the 2016 UN General Assembly special session on the world drug problem', 'preambular'],
        ['PP3', 'Appreciation of the United Nations, UNODC in particular, and the WHO', 'preambular'],
        ['PP4', 'Support for regional and sub-regional counter-drug initiatives within one global strategy', 'preambular'],
        ['PP5', 'The contribution of civil society, including reducing harm to women, children and young people', 'preambular'],
        ['PP6', 'New challenges: new psychoactive substances and drug trafficking over the Internet', 'preambular'],
        ['OP1', 'The contribution of parliamentarians, including timely legislation based on the relevant norms of international law', 'operative']
    ]
    LOOP
        PERFORM lexalign.add_clause('moscow-2017', c[1]::lexalign.clause_path, c[2], kind => c[3]);
    END LOOP;

    -- The 1988 Convention: its 34 articles, Article 3 expanded.  Headings of
    -- articles are their titles; within Article 3 a heading is given only where
    -- domain.md says what the paragraph is about, otherwise a neutral label.
    FOREACH c SLICE 1 IN ARRAY ARRAY[
        ['Article 1', 'Definitions', 'definition'],
        ['Article 2', 'Scope of the Convention', 'operative'],
        ['Article 3', 'Offences and sanctions', 'operative'],
        ['Article 3(1)', 'Offences each Party shall establish', 'operative'],
        ['Article 3(1)(a)(i)', 'Offences: paragraph 1(a)(i)', 'operative'],
        ['Article 3(1)(a)(ii)', 'Offences: paragraph 1(a)(ii)', 'operative'],
        ['Article 3(1)(a)(iii)', 'Offences: paragraph 1(a)(iii)', 'operative'],
        ['Article 3(1)(a)(iv)', 'Offences: paragraph 1(a)(iv)', 'operative'],
        ['Article 3(1)(a)(v)', 'Offences: paragraph 1(a)(v)', 'operative'],
        ['Article 3(1)(b)(i)', 'Offences: paragraph 1(b)(i)', 'operative'],
        ['Article 3(1)(b)(ii)', 'Offences: paragraph 1(b)(ii)', 'operative'],
        ['Article 3(1)(c)(i)', 'Offences: paragraph 1(c)(i)', 'operative'],
        ['Article 3(1)(c)(ii)', 'Offences: paragraph 1(c)(ii)', 'operative'],
        ['Article 3(1)(c)(iii)', 'Offences: paragraph 1(c)(iii)', 'operative'],
        ['Article 3(1)(c)(iv)', 'Offences: paragraph 1(c)(iv)', 'operative'],
        ['Article 3(2)', 'Possession for personal consumption', 'operative'],
        ['Article 3(3)', 'Paragraph 3', 'operative'],
        ['Article 3(4)', 'Sanctions, and alternatives such as treatment', 'operative'],
        ['Article 3(5)', 'Aggravating circumstances', 'operative'],
        ['Article 3(5)(a)', 'Aggravating circumstance: paragraph 5(a)', 'operative'],
        ['Article 3(5)(b)', 'Aggravating circumstance: paragraph 5(b)', 'operative'],
        ['Article 3(5)(c)', 'Aggravating circumstance: paragraph 5(c)', 'operative'],
        ['Article 3(5)(d)', 'Aggravating circumstance: paragraph 5(d)', 'operative'],
        ['Article 3(5)(e)', 'Aggravating circumstance: paragraph 5(e)', 'operative'],
        ['Article 3(5)(f)', 'Aggravating circumstance: paragraph 5(f)', 'operative'],
        ['Article 3(5)(g)', 'Aggravating circumstance: paragraph 5(g)', 'operative'],
        ['Article 3(5)(h)', 'Aggravating circumstance: paragraph 5(h)', 'operative'],
        ['Article 3(6)', 'Paragraph 6', 'operative'],
        ['Article 3(7)', 'Paragraph 7', 'operative'],
        ['Article 3(8)', 'Paragraph 8', 'operative'],
        ['Article 3(9)', 'Paragraph 9', 'operative'],
        ['Article 3(10)', 'Paragraph 10', 'operative'],
        ['Article 3(11)', 'Paragraph 11', 'operative'],
        ['Article 4', 'Jurisdiction', 'operative'],
        ['Article 5', 'Confiscation', 'operative'],
        ['Article 6', 'Extradition', 'operative'],
        ['Article 7', 'Mutual legal assistance', 'operative'],
        ['Article 8', 'Transfer of proceedings', 'operative'],
        ['Article 9', 'Other forms of co-operation and training', 'operative'],
        ['Article 10', 'International co-operation and assistance for transit States', 'operative'],
        ['Article 11', 'Controlled delivery', 'operative'],
        ['Article 12', 'Substances frequently used in the illicit manufacture of narcotic drugs or psychotropic substances', 'operative'],
        ['Article 13', 'Materials and equipment', 'operative'],
        ['Article 14', 'Measures to eradicate illicit cultivation of narcotic plants and to eliminate illicit demand', 'operative'],
        ['Article 15', 'Commercial carriers', 'operative'],
        ['Article 16', 'Commercial documents and labelling of exports', 'operative'],
        ['Article 17', 'Illicit traffic by sea', 'operative'],
        ['Article 18', 'Free trade zones and free ports', 'operative'],
        ['Article 19', 'The use of the mails', 'operative'],
        ['Article 20', 'Information to be furnished by the Parties', 'operative'],
        ['Article 21', 'Functions of the Commission', 'operative'],
        ['Article 22', 'Functions of the Board', 'operative'],
        ['Article 23', 'Reports of the Board', 'operative'],
        ['Article 24', 'Application of stricter measures', 'operative'],
        ['Article 25', 'Non-derogation from earlier treaty rights and obligations', 'operative'],
        ['Article 26', 'Signature', 'final'],
        ['Article 27', 'Ratification', 'final'],
        ['Article 28', 'Accession', 'final'],
        ['Article 29', 'Entry into force', 'final'],
        ['Article 30', 'Denunciation', 'final'],
        ['Article 31', 'Amendments', 'final'],
        ['Article 32', 'Disputes', 'final'],
        ['Article 33', 'Authentic texts', 'final'],
        ['Article 34', 'Depositary', 'final']
    ]
    LOOP
        PERFORM lexalign.add_clause('un-1988', c[1]::lexalign.clause_path, c[2], kind => c[3]);
    END LOOP;

    -- The 1961 and 1971 Conventions: the selected articles of domain.md only.
    FOREACH c SLICE 1 IN ARRAY ARRAY[
        ['un-1961', 'Article 4', 'General obligations'],
        ['un-1961', 'Article 28', 'Control of cannabis'],
        ['un-1961', 'Article 33', 'Possession of drugs'],
        ['un-1961', 'Article 35', 'Action against the illicit traffic'],
        ['un-1961', 'Article 36', 'Penal provisions'],
        ['un-1961', 'Article 37', 'Seizure and confiscation'],
        ['un-1961', 'Article 38', 'Measures against the abuse of drugs'],
        ['un-1961', 'Article 39', 'Application of stricter national control measures'],
        ['un-1971', 'Article 5', 'Limitation of use to medical and scientific purposes'],
        ['un-1971', 'Article 9', 'Prescriptions'],
        ['un-1971', 'Article 20', 'Measures against the abuse of psychotropic substances'],
        ['un-1971', 'Article 21', 'Action against the illicit traffic'],
        ['un-1971', 'Article 22', 'Penal provisions']
    ]
    LOOP
        PERFORM lexalign.add_clause(c[1], c[2]::lexalign.clause_path, c[3]);
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------
-- 3. Cross-references: OP1 of the Moscow Declaration (legislation based on the
--    relevant norms of international law) rests on the conventions' offence
--    and penal clauses.  Without an assessment of its own, OP1 takes the
--    lowest status among these (a derived status).
-- ---------------------------------------------------------------------------
DO $$
BEGIN
    PERFORM lexalign.add_cross_reference('moscow-2017', 'OP1', v.instrument, v.clause::lexalign.clause_path)
    FROM (VALUES ('un-1988', 'Article 3(1)'), ('un-1988', 'Article 3(2)'), ('un-1988', 'Article 3(4)'),
                 ('un-1961', 'Article 4'), ('un-1961', 'Article 36'),
                 ('un-1971', 'Article 22')) AS v(instrument, clause);
END $$;

-- ---------------------------------------------------------------------------
-- 4. Jurisdictions and their parliaments.  chambers only where certain:
--    Germany's is left NULL (whether the Bundesrat is a second chamber is a
--    matter of debate), and so is Kazakhstan's (bicameral at the time of
--    writing, with a reform to a single chamber under discussion).  IPU codes
--    are not recorded.
-- ---------------------------------------------------------------------------
DO $$
BEGIN
    PERFORM lexalign.add_jurisdiction(v.code, v.name, v.parliament, v.chambers::int2)
    FROM (VALUES
        ('ru', 'Russian Federation', 'Federal Assembly', 2),
        ('nl', 'Netherlands', 'States General', 2),
        ('gb', 'United Kingdom', 'Parliament', 2),
        ('us', 'United States', 'Congress', 2),
        ('es', 'Spain', 'Cortes Generales', 2),
        ('it', 'Italy', 'Parliament', 2),
        ('de', 'Germany', 'Bundestag', NULL),
        ('fr', 'France', 'Parliament', 2),
        ('pt', 'Portugal', 'Assembly of the Republic', 1),
        ('in', 'India', 'Parliament', 2),
        ('pk', 'Pakistan', 'Parliament', 2),
        ('cn', 'China', 'National People''s Congress', 1),
        ('kz', 'Kazakhstan', 'Parliament', NULL)
    ) AS v(code, name, parliament, chambers);
END $$;

-- ---------------------------------------------------------------------------
-- 5. Acts and provisions.  in_force '(,)' means "dates not recorded": the
--    date of entry into force is not in our sources, so none is given
--    (an act's own date is its adoption or enactment, not its entry into
--    force).  Provisions are in force when their act is.  The bodies are
--    one-line summaries of what the sources say about each provision; where
--    they say nothing, the body says only which provision it is.
-- ---------------------------------------------------------------------------
DO $$
DECLARE
    it_dpr lexalign.lexref := 'urn:lex:it:stato:decreto.del.presidente.della.repubblica:1990-10-09;309';
BEGIN
    -- Russian Federation
    PERFORM lexalign.add_act('/akn/ru/act/federal-law/1998-01-08/3-fz',
        'Federal Law No. 3-FZ of 8 January 1998 "On Narcotic Drugs and Psychotropic Substances"', '(,)', 'rus');
    PERFORM lexalign.add_provision('/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1',
        'Defines narcotic drugs and psychotropic substances by reference to the 1961 and 1971 Conventions');
    PERFORM lexalign.add_act('/akn/ru/act/code/1996-06-13/63-fz',
        'Criminal Code of the Russian Federation (Federal Law No. 63-FZ of 13 June 1996)', '(,)', 'rus');
    PERFORM lexalign.add_provision('/akn/ru/act/code/1996-06-13/63-fz/~art_228', 'Drug offence (article 228)');
    PERFORM lexalign.add_provision('/akn/ru/act/code/1996-06-13/63-fz/~art_228-1', 'Drug offence (article 228.1)');
    PERFORM lexalign.add_provision('/akn/ru/act/code/1996-06-13/63-fz/~art_229-1', 'Drug offence (article 229.1)');
    PERFORM lexalign.add_provision('/akn/ru/act/code/1996-06-13/63-fz/~art_174-1', 'Laundering (article 174.1)');

    -- Netherlands (BWBR0001941); article numbers with letter suffixes
    PERFORM lexalign.add_act('/akn/nl/act/1928-05-12/opiumwet', 'Opiumwet (Opium Act) of 12 May 1928', '(,)', 'nld');
    PERFORM lexalign.add_provision('/akn/nl/act/1928-05-12/opiumwet/~art_1__para_1',
        'Definitions, including a reference to the Single Convention');
    PERFORM lexalign.add_provision('/akn/nl/act/1928-05-12/opiumwet/~art_2', 'Provision of the Opium Act (article 2)');
    PERFORM lexalign.add_provision('/akn/nl/act/1928-05-12/opiumwet/~art_3', 'Provision of the Opium Act (article 3)');
    PERFORM lexalign.add_provision('/akn/nl/act/1928-05-12/opiumwet/~art_3a', 'Provision of the Opium Act (article 3a)');
    PERFORM lexalign.add_provision('/akn/nl/act/1928-05-12/opiumwet/~art_8k', 'Provision of the Opium Act (article 8k)');
    PERFORM lexalign.add_provision('/akn/nl/act/1928-05-12/opiumwet/~art_13b', 'Provision of the Opium Act (article 13b)');

    -- United Kingdom
    PERFORM lexalign.add_act('/akn/gb/act/ukpga/1971/38', 'Misuse of Drugs Act 1971 (c. 38)', '(,)', 'eng');
    PERFORM lexalign.add_provision('/akn/gb/act/ukpga/1971/38/~sec_4', 'Production and supply');
    PERFORM lexalign.add_provision('/akn/gb/act/ukpga/1971/38/~sec_5', 'Possession');
    PERFORM lexalign.add_provision('/akn/gb/act/ukpga/1971/38/~sec_20', 'Assisting offences abroad');
    PERFORM lexalign.add_provision('/akn/gb/act/ukpga/1971/38/~sec_23', 'Powers to search');

    -- United States: the Controlled Substances Act is recorded as an act; its
    -- sections as codified are provisions of Title 21 of the United States
    -- Code, modelled as a separate act.  1926 is the year the Code was first
    -- published; Title 21's in-force dates are not recorded.
    PERFORM lexalign.add_act('/akn/us/act/1970-10-27/91-513',
        'Controlled Substances Act (Public Law 91-513)', '(,)', 'eng');
    PERFORM lexalign.add_act('/akn/us/act/usc/1926/21', 'United States Code, Title 21 (Food and Drugs)', '(,)', 'eng');
    PERFORM lexalign.add_provision('/akn/us/act/usc/1926/21/~sec_841', 'Prohibited acts (21 U.S.C. 841)');
    PERFORM lexalign.add_provision('/akn/us/act/usc/1926/21/~sec_844', 'Simple possession (21 U.S.C. 844)');
    PERFORM lexalign.add_provision('/akn/us/act/usc/1926/21/~sec_846', 'Attempt and conspiracy (21 U.S.C. 846)');
    PERFORM lexalign.add_provision('/akn/us/act/usc/1926/21/~sec_853', 'Criminal forfeiture (21 U.S.C. 853)');
    PERFORM lexalign.add_provision('/akn/us/act/usc/1926/21/~sec_952', 'Importation (21 U.S.C. 952)');

    -- Spain: the same work as the ELI https://www.boe.es/eli/es/lo/1995/11/23/10
    PERFORM lexalign.add_act('/akn/es/act/lo/1995-11-23/10',
        'Organic Law 10/1995 of 23 November, Criminal Code (Ley Orgánica 10/1995, del Código Penal)', '(,)', 'spa');
    PERFORM lexalign.add_provision('/akn/es/act/lo/1995-11-23/10/~art_368', 'Drug trafficking');
    PERFORM lexalign.add_provision('/akn/es/act/lo/1995-11-23/10/~art_369', 'Drug offences: aggravating circumstances');
    PERFORM lexalign.add_provision('/akn/es/act/lo/1995-11-23/10/~art_370', 'Drug offences: aggravating circumstances');
    PERFORM lexalign.add_provision('/akn/es/act/lo/1995-11-23/10/~art_371', 'Precursors');
    PERFORM lexalign.add_provision('/akn/es/act/lo/1995-11-23/10/~art_374', 'Confiscation');
    PERFORM lexalign.add_provision('/akn/es/act/lo/1995-11-23/10/~art_378', 'Provision of the Criminal Code (article 378)');

    -- Italy, entered by its URN:LEX (stored as /akn/it/act/decreto.del.presidente.della.repubblica/stato/1990-10-09/309)
    PERFORM lexalign.add_act(it_dpr,
        'Presidential Decree of 9 October 1990 No. 309 (consolidated drug law)', '(,)', 'ita');
    PERFORM lexalign.add_provision(lexalign.with_portion(it_dpr, 'art_73'), 'Production, trafficking and possession');
    PERFORM lexalign.add_provision(lexalign.with_portion(it_dpr, 'art_74'), 'Association for trafficking');

    -- Germany: a German § is a section (sec_), as official English translations render it
    PERFORM lexalign.add_act('/akn/de/act/1981-07-28/btmg',
        'Betäubungsmittelgesetz (Narcotics Act) of 28 July 1981', '(,)', 'deu');
    PERFORM lexalign.add_provision('/akn/de/act/1981-07-28/btmg/~sec_29', 'Offences');
    PERFORM lexalign.add_provision('/akn/de/act/1981-07-28/btmg/~sec_31a', 'Non-prosecution of possession for personal use');

    -- France: 1992-07-22 is the date of the laws adopting the new Criminal
    -- Code, not its entry into force.  The Code de la santé publique is left
    -- out: its reference could not be established with certainty.
    PERFORM lexalign.add_act('/akn/fr/act/code/1992-07-22/code-penal', 'Code pénal', '(,)', 'fra');
    PERFORM lexalign.add_provision('/akn/fr/act/code/1992-07-22/code-penal/~art_222-34', 'Directing a trafficking group');
    PERFORM lexalign.add_provision('/akn/fr/act/code/1992-07-22/code-penal/~art_222-37', 'Trafficking');
    PERFORM lexalign.add_provision('/akn/fr/act/code/1992-07-22/code-penal/~art_222-38', 'Laundering of drug proceeds');

    -- Portugal.  Law 30/2000 decriminalised the consumption of drugs for
    -- personal use; that law is not modelled here, so article 40 is shown
    -- without the change it made.
    PERFORM lexalign.add_act('/akn/pt/act/decreto-lei/1993-01-22/15-93',
        'Decree-Law 15/93 of 22 January 1993 (Decreto-Lei n.º 15/93)', '(,)', 'por');
    PERFORM lexalign.add_provision('/akn/pt/act/decreto-lei/1993-01-22/15-93/~art_21', 'Trafficking');
    PERFORM lexalign.add_provision('/akn/pt/act/decreto-lei/1993-01-22/15-93/~art_40', 'Consumption');

    -- India: 1985-09-16 is the date of enactment, not of entry into force
    PERFORM lexalign.add_act('/akn/in/act/1985-09-16/61',
        'Narcotic Drugs and Psychotropic Substances Act, 1985 (Act No. 61 of 1985)', '(,)', 'eng');
    PERFORM lexalign.add_provision('/akn/in/act/1985-09-16/61/~sec_8', 'Prohibition of certain operations');
    PERFORM lexalign.add_provision('/akn/in/act/1985-09-16/61/~sec_20', 'Cannabis');
    PERFORM lexalign.add_provision('/akn/in/act/1985-09-16/61/~sec_21', 'Manufactured drugs');
    PERFORM lexalign.add_provision('/akn/in/act/1985-09-16/61/~sec_27', 'Consumption');

    -- Pakistan
    PERFORM lexalign.add_act('/akn/pk/act/1997/xxv',
        'Control of Narcotic Substances Act, 1997 (Act No. XXV of 1997)', '(,)', 'eng');
    PERFORM lexalign.add_provision('/akn/pk/act/1997/xxv/~sec_6', 'Prohibition of possession of narcotic drugs');
    PERFORM lexalign.add_provision('/akn/pk/act/1997/xxv/~sec_9', 'Punishment');

    -- China: adopted 29 December 2007, in force from 1 June 2008
    PERFORM lexalign.add_act('/akn/cn/act/2007-12-29/narcotics-control-law',
        'Narcotics Control Law of the People''s Republic of China', '[2008-06-01,)', 'zho');
    PERFORM lexalign.add_provision('/akn/cn/act/2007-12-29/narcotics-control-law/~art_2', 'Definition of narcotics');
    PERFORM lexalign.add_provision('/akn/cn/act/2007-12-29/narcotics-control-law/~art_59', 'Criminal liability');

    -- Kazakhstan
    PERFORM lexalign.add_act('/akn/kz/act/1998-07-10/279-i',
        'Law No. 279-I of 10 July 1998 "On narcotic drugs, psychotropic substances, precursors and measures to counter their illicit trafficking and abuse"',
        '(,)', 'kaz');
    PERFORM lexalign.add_provision('/akn/kz/act/1998-07-10/279-i/~art_1', 'Definitions');
END $$;

-- ---------------------------------------------------------------------------
-- 6. Assessments: ILLUSTRATIVE ONLY.  The links between provisions and
--    clauses, and above all the levels, are chosen to exercise the reports
--    (a spread of levels, gaps, derived statuses, history); they are not
--    findings about any country's law.
-- ---------------------------------------------------------------------------

-- 6a. History first: earlier assessments of three subjects, with their past
-- recording dates, in time order per subject (only the owner may record a
-- past recorded_at).  The current assessments of these subjects follow in 6b,
-- recorded now, and supersede them; the earlier rows are kept.
INSERT INTO lexalign.assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at) VALUES
    ('un-1988', 'Article 3(1)(b)(i)', 'ru', '/akn/ru/act/code/1996-06-13/63-fz/~art_174-1', 'partial',
     'Illustrative (demonstration data, not a real assessment): first reading of Criminal Code article 174.1 (laundering) against Article 3(1)(b)(i).',
     'lexalign demo (illustrative)', '2018-03-01'),
    ('un-1988', 'Article 3(4)', 'de', '/akn/de/act/1981-07-28/btmg/~sec_31a', 'partial',
     'Illustrative (demonstration data, not a real assessment): first reading of BtMG section 31a against Article 3(4).',
     'lexalign demo (illustrative)', '2018-03-01');
INSERT INTO lexalign.assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at) VALUES
    ('un-1988', 'Article 3(1)(b)(i)', 'ru', '/akn/ru/act/code/1996-06-13/63-fz/~art_174-1', 'largely',
     'Illustrative (demonstration data, not a real assessment): second reading of Criminal Code article 174.1 (laundering) against Article 3(1)(b)(i).',
     'lexalign demo (illustrative)', '2020-09-15'),
    ('un-1988', 'Article 3(1)', 'cn', '/akn/cn/act/2007-12-29/narcotics-control-law/~art_59', 'partial',
     'Illustrative (demonstration data, not a real assessment): first reading of Narcotics Control Law article 59 against Article 3(1).',
     'lexalign demo (illustrative)', '2020-09-15');

-- 6b. Current assessments of provisions, recorded now with assess().  The
-- evidence names the provision and the clause and says the level is made up.
DO $$
DECLARE
    it_dpr lexalign.lexref := 'urn:lex:it:stato:decreto.del.presidente.della.repubblica:1990-10-09;309';
BEGIN
    PERFORM lexalign.assess(v.instrument, v.clause::lexalign.clause_path, v.provision, v.level::lexalign.alignment,
                            format('Illustrative (demonstration data, not a real assessment): %s, %s, read against %s of %s; the level is chosen for the demonstration.',
                                   a.title, lexalign.label(lexalign.portion(v.provision)),
                                   lexalign.label(v.clause::lexalign.clause_path), v.instrument),
                            'lexalign demo (illustrative)')
    FROM (VALUES
        -- Russian Federation: mostly full
        ('un-1988', 'Article 3(1)',        '/akn/ru/act/code/1996-06-13/63-fz/~art_228-1'::lexalign.lexref, 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/ru/act/code/1996-06-13/63-fz/~art_228-1', 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/ru/act/code/1996-06-13/63-fz/~art_229-1', 'largely'),
        ('un-1988', 'Article 3(1)(b)(i)',  '/akn/ru/act/code/1996-06-13/63-fz/~art_174-1', 'full'),   -- third reading (history in 6a)
        ('un-1988', 'Article 3(2)',        '/akn/ru/act/code/1996-06-13/63-fz/~art_228', 'full'),
        ('un-1988', 'Article 3(4)',        '/akn/ru/act/code/1996-06-13/63-fz/~art_228', 'largely'),
        ('un-1988', 'Article 1',           '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full'),
        ('un-1961', 'Article 4',           '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full'),
        ('un-1961', 'Article 36',          '/akn/ru/act/code/1996-06-13/63-fz/~art_228-1', 'full'),
        ('un-1971', 'Article 22',          '/akn/ru/act/code/1996-06-13/63-fz/~art_228-1', 'full'),
        ('moscow-2017', 'OP1',             '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full'),  -- OP1 assessed directly
        -- Netherlands
        ('un-1988', 'Article 3(1)',        '/akn/nl/act/1928-05-12/opiumwet/~art_2', 'largely'),
        ('un-1988', 'Article 3(1)',        '/akn/nl/act/1928-05-12/opiumwet/~art_3', 'largely'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/nl/act/1928-05-12/opiumwet/~art_2', 'largely'),
        ('un-1988', 'Article 3(2)',        '/akn/nl/act/1928-05-12/opiumwet/~art_3', 'partial'),
        ('un-1988', 'Article 3(4)',        '/akn/nl/act/1928-05-12/opiumwet/~art_13b', 'partial'),
        ('un-1988', 'Article 1',           '/akn/nl/act/1928-05-12/opiumwet/~art_1__para_1', 'full'),
        ('un-1961', 'Article 4',           '/akn/nl/act/1928-05-12/opiumwet/~art_1__para_1', 'full'),
        ('un-1961', 'Article 36',          '/akn/nl/act/1928-05-12/opiumwet/~art_2', 'largely'),
        ('un-1971', 'Article 22',          '/akn/nl/act/1928-05-12/opiumwet/~art_3', 'partial'),
        -- United Kingdom
        ('un-1988', 'Article 3(1)',        '/akn/gb/act/ukpga/1971/38/~sec_4', 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/gb/act/ukpga/1971/38/~sec_4', 'full'),
        ('un-1988', 'Article 3(1)(c)(iv)', '/akn/gb/act/ukpga/1971/38/~sec_20', 'largely'),
        ('un-1988', 'Article 3(2)',        '/akn/gb/act/ukpga/1971/38/~sec_5', 'full'),
        ('un-1988', 'Article 3(4)',        '/akn/gb/act/ukpga/1971/38/~sec_5', 'largely'),
        ('un-1961', 'Article 4',           '/akn/gb/act/ukpga/1971/38/~sec_4', 'largely'),
        ('un-1961', 'Article 35',          '/akn/gb/act/ukpga/1971/38/~sec_23', 'partial'),
        ('un-1961', 'Article 36',          '/akn/gb/act/ukpga/1971/38/~sec_4', 'full'),
        ('un-1971', 'Article 22',          '/akn/gb/act/ukpga/1971/38/~sec_5', 'largely'),
        -- United States (21 U.S.C.)
        ('un-1988', 'Article 3(1)',        '/akn/us/act/usc/1926/21/~sec_841', 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/us/act/usc/1926/21/~sec_841', 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/us/act/usc/1926/21/~sec_952', 'full'),
        ('un-1988', 'Article 3(1)(c)(iv)', '/akn/us/act/usc/1926/21/~sec_846', 'full'),
        ('un-1988', 'Article 3(2)',        '/akn/us/act/usc/1926/21/~sec_844', 'full'),
        ('un-1988', 'Article 3(4)',        '/akn/us/act/usc/1926/21/~sec_844', 'largely'),
        ('un-1988', 'Article 5',           '/akn/us/act/usc/1926/21/~sec_853', 'full'),
        ('un-1961', 'Article 4',           '/akn/us/act/usc/1926/21/~sec_841', 'largely'),
        ('un-1961', 'Article 36',          '/akn/us/act/usc/1926/21/~sec_841', 'full'),
        ('un-1961', 'Article 37',          '/akn/us/act/usc/1926/21/~sec_853', 'full'),
        ('un-1971', 'Article 22',          '/akn/us/act/usc/1926/21/~sec_841', 'full'),
        -- Spain
        ('un-1988', 'Article 3(1)',        '/akn/es/act/lo/1995-11-23/10/~art_368', 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/es/act/lo/1995-11-23/10/~art_368', 'full'),
        ('un-1988', 'Article 3(2)',        '/akn/es/act/lo/1995-11-23/10/~art_368', 'partial'),
        ('un-1988', 'Article 3(4)',        '/akn/es/act/lo/1995-11-23/10/~art_368', 'partial'),
        ('un-1988', 'Article 3(5)',        '/akn/es/act/lo/1995-11-23/10/~art_369', 'full'),
        ('un-1988', 'Article 3(5)',        '/akn/es/act/lo/1995-11-23/10/~art_370', 'largely'),
        ('un-1988', 'Article 5',           '/akn/es/act/lo/1995-11-23/10/~art_374', 'full'),
        ('un-1988', 'Article 12',          '/akn/es/act/lo/1995-11-23/10/~art_371', 'largely'),
        ('un-1961', 'Article 4',           '/akn/es/act/lo/1995-11-23/10/~art_368', 'largely'),
        ('un-1961', 'Article 36',          '/akn/es/act/lo/1995-11-23/10/~art_368', 'full'),
        ('un-1961', 'Article 37',          '/akn/es/act/lo/1995-11-23/10/~art_374', 'full'),
        ('un-1971', 'Article 22',          '/akn/es/act/lo/1995-11-23/10/~art_368', 'full'),
        -- Italy
        ('un-1988', 'Article 3(1)',        lexalign.with_portion(it_dpr, 'art_73'), 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  lexalign.with_portion(it_dpr, 'art_73'), 'full'),
        ('un-1988', 'Article 3(1)(c)(iv)', lexalign.with_portion(it_dpr, 'art_74'), 'largely'),
        ('un-1988', 'Article 3(2)',        lexalign.with_portion(it_dpr, 'art_73'), 'partial'),
        ('un-1988', 'Article 3(4)',        lexalign.with_portion(it_dpr, 'art_73'), 'largely'),
        ('un-1961', 'Article 4',           lexalign.with_portion(it_dpr, 'art_73'), 'largely'),
        ('un-1961', 'Article 33',          lexalign.with_portion(it_dpr, 'art_73'), 'largely'),
        ('un-1961', 'Article 36',          lexalign.with_portion(it_dpr, 'art_73'), 'full'),
        ('un-1971', 'Article 22',          lexalign.with_portion(it_dpr, 'art_73'), 'full'),
        -- Germany: one conflicting assessment (made up, to show the level)
        ('un-1988', 'Article 3(1)',        '/akn/de/act/1981-07-28/btmg/~sec_29', 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/de/act/1981-07-28/btmg/~sec_29', 'full'),
        ('un-1988', 'Article 3(2)',        '/akn/de/act/1981-07-28/btmg/~sec_29', 'largely'),
        ('un-1988', 'Article 3(2)',        '/akn/de/act/1981-07-28/btmg/~sec_31a', 'conflicting'),
        ('un-1988', 'Article 3(4)',        '/akn/de/act/1981-07-28/btmg/~sec_31a', 'largely'),  -- second reading (history in 6a)
        ('un-1961', 'Article 4',           '/akn/de/act/1981-07-28/btmg/~sec_29', 'largely'),
        ('un-1961', 'Article 33',          '/akn/de/act/1981-07-28/btmg/~sec_31a', 'partial'),
        ('un-1961', 'Article 36',          '/akn/de/act/1981-07-28/btmg/~sec_29', 'full'),
        ('un-1971', 'Article 22',          '/akn/de/act/1981-07-28/btmg/~sec_29', 'full'),
        -- France: Article 3(2) and 3(4) not assessed, so OP1 has no derived status
        ('un-1988', 'Article 3(1)',        '/akn/fr/act/code/1992-07-22/code-penal/~art_222-37', 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/fr/act/code/1992-07-22/code-penal/~art_222-37', 'full'),
        ('un-1988', 'Article 3(1)(b)(i)',  '/akn/fr/act/code/1992-07-22/code-penal/~art_222-38', 'full'),
        ('un-1988', 'Article 3(5)',        '/akn/fr/act/code/1992-07-22/code-penal/~art_222-34', 'largely'),
        ('un-1961', 'Article 36',          '/akn/fr/act/code/1992-07-22/code-penal/~art_222-37', 'full'),
        ('un-1971', 'Article 22',          '/akn/fr/act/code/1992-07-22/code-penal/~art_222-37', 'largely'),
        -- Portugal
        ('un-1988', 'Article 3(1)',        '/akn/pt/act/decreto-lei/1993-01-22/15-93/~art_21', 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/pt/act/decreto-lei/1993-01-22/15-93/~art_21', 'full'),
        ('un-1988', 'Article 3(2)',        '/akn/pt/act/decreto-lei/1993-01-22/15-93/~art_40', 'partial'),
        ('un-1988', 'Article 3(4)',        '/akn/pt/act/decreto-lei/1993-01-22/15-93/~art_40', 'largely'),
        ('un-1961', 'Article 4',           '/akn/pt/act/decreto-lei/1993-01-22/15-93/~art_21', 'largely'),
        ('un-1961', 'Article 33',          '/akn/pt/act/decreto-lei/1993-01-22/15-93/~art_40', 'partial'),
        ('un-1961', 'Article 36',          '/akn/pt/act/decreto-lei/1993-01-22/15-93/~art_21', 'full'),
        ('un-1971', 'Article 22',          '/akn/pt/act/decreto-lei/1993-01-22/15-93/~art_21', 'full'),
        -- India
        ('un-1988', 'Article 3(1)',        '/akn/in/act/1985-09-16/61/~sec_8', 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/in/act/1985-09-16/61/~sec_8', 'full'),
        ('un-1988', 'Article 3(1)(a)(i)',  '/akn/in/act/1985-09-16/61/~sec_21', 'largely'),
        ('un-1988', 'Article 3(2)',        '/akn/in/act/1985-09-16/61/~sec_27', 'full'),
        ('un-1988', 'Article 3(4)',        '/akn/in/act/1985-09-16/61/~sec_27', 'partial'),
        ('un-1961', 'Article 4',           '/akn/in/act/1985-09-16/61/~sec_8', 'full'),
        ('un-1961', 'Article 28',          '/akn/in/act/1985-09-16/61/~sec_20', 'full'),
        ('un-1961', 'Article 36',          '/akn/in/act/1985-09-16/61/~sec_21', 'full'),
        ('un-1971', 'Article 22',          '/akn/in/act/1985-09-16/61/~sec_21', 'largely'),
        -- Pakistan: Article 3(4) and the 1961 Article 4, 1971 Article 22 not assessed
        ('un-1988', 'Article 3(1)',        '/akn/pk/act/1997/xxv/~sec_9', 'largely'),
        ('un-1988', 'Article 3(2)',        '/akn/pk/act/1997/xxv/~sec_6', 'largely'),
        ('un-1961', 'Article 33',          '/akn/pk/act/1997/xxv/~sec_6', 'full'),
        ('un-1961', 'Article 36',          '/akn/pk/act/1997/xxv/~sec_9', 'full'),
        -- China (the act is in force from 1 June 2008)
        ('un-1988', 'Article 3(1)',        '/akn/cn/act/2007-12-29/narcotics-control-law/~art_59', 'largely'),  -- second reading (history in 6a)
        ('un-1988', 'Article 3(2)',        '/akn/cn/act/2007-12-29/narcotics-control-law/~art_59', 'partial'),
        ('un-1988', 'Article 3(4)',        '/akn/cn/act/2007-12-29/narcotics-control-law/~art_59', 'partial'),
        ('un-1988', 'Article 1',           '/akn/cn/act/2007-12-29/narcotics-control-law/~art_2', 'largely'),
        ('un-1961', 'Article 4',           '/akn/cn/act/2007-12-29/narcotics-control-law/~art_2', 'full'),
        ('un-1961', 'Article 36',          '/akn/cn/act/2007-12-29/narcotics-control-law/~art_59', 'largely'),
        ('un-1971', 'Article 22',          '/akn/cn/act/2007-12-29/narcotics-control-law/~art_59', 'largely'),
        -- Kazakhstan: few assessments; OP1 assessed directly
        ('un-1988', 'Article 1',           '/akn/kz/act/1998-07-10/279-i/~art_1', 'full'),
        ('un-1961', 'Article 4',           '/akn/kz/act/1998-07-10/279-i/~art_1', 'full'),
        ('moscow-2017', 'OP1',             '/akn/kz/act/1998-07-10/279-i/~art_1', 'largely')
    ) AS v(instrument, clause, provision, level)
    JOIN lexalign.act a ON a.ref OPERATOR(lexalign.=) lexalign.work(v.provision);
END $$;

-- 6c. Jurisdiction-wide assessments: absent (no implementing provision) and
-- not_applicable.  A preambular paragraph states context and commitments
-- rather than obligations for national law, so it can be not_applicable.
-- Their valid period starts with the Declaration's adoption.
DO $$
BEGIN
    PERFORM lexalign.assess_jurisdiction(v.instrument, v.clause::lexalign.clause_path, v.jurisdiction,
                                         v.level::lexalign.alignment,
                                         'Illustrative (demonstration data, not a real assessment): ' || v.note,
                                         '[2017-12-04,)', 'lexalign demo (illustrative)')
    FROM (VALUES
        ('un-1988', 'Article 3(5)',       'pk', 'absent', 'no implementing provision recorded for this demonstration.'),
        ('un-1988', 'Article 5',          'pk', 'absent', 'no implementing provision recorded for this demonstration.'),
        ('un-1988', 'Article 3(1)(b)(i)', 'cn', 'absent', 'no implementing provision recorded for this demonstration.'),
        ('un-1988', 'Article 3(1)',       'kz', 'absent', 'no implementing provision recorded for this demonstration.'),
        ('moscow-2017', 'PP2', 'ru', 'not_applicable', 'a preambular paragraph (context, not an obligation for national law).'),
        ('moscow-2017', 'PP3', 'ru', 'not_applicable', 'a preambular paragraph (context, not an obligation for national law).'),
        ('moscow-2017', 'PP2', 'gb', 'not_applicable', 'a preambular paragraph (context, not an obligation for national law).'),
        ('moscow-2017', 'PP3', 'nl', 'not_applicable', 'a preambular paragraph (context, not an obligation for national law).'),
        ('moscow-2017', 'PP2', 'us', 'not_applicable', 'a preambular paragraph (context, not an obligation for national law).'),
        ('moscow-2017', 'PP3', 'us', 'not_applicable', 'a preambular paragraph (context, not an obligation for national law).'),
        ('moscow-2017', 'PP3', 'de', 'not_applicable', 'a preambular paragraph (context, not an obligation for national law).'),
        ('moscow-2017', 'PP6', 'pk', 'absent', 'no implementing provision recorded for this demonstration.')
    ) AS v(instrument, clause, jurisdiction, level, note);
END $$;

COMMIT;
RESET client_min_messages;

-- Checks (counts of what was loaded):
-- instruments 4, clauses 7 + 64 + 8 + 5 = 84, cross-references 6
SELECT (SELECT count(*) FROM lexalign.instrument) AS instruments,
       (SELECT count(*) FROM lexalign.clause) AS clauses,
       (SELECT count(*) FROM lexalign.clause_reference) AS cross_references;
-- jurisdictions 13, acts 15, provisions 44
SELECT (SELECT count(*) FROM lexalign.jurisdiction) AS jurisdictions,
       (SELECT count(*) FROM lexalign.act) AS acts,
       (SELECT count(*) FROM lexalign.provision) AS provisions;
-- assessments: all rows, the current ones, the superseded ones (history)
SELECT count(*) AS assessments,
       count(*) FILTER (WHERE superseded_at IS NULL) AS current,
       count(*) FILTER (WHERE superseded_at IS NOT NULL) AS superseded
FROM lexalign.assessment;
