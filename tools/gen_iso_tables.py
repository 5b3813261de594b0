#!/usr/bin/env python3
"""Generate src/core/lr_iso_tables.c from Debian's iso-codes JSON files.

    tools/gen_iso_tables.py [--json-dir DIR] [--output FILE]

Defaults: --json-dir /usr/share/iso-codes/json (the iso-codes package),
--output src/core/lr_iso_tables.c next to this script's repository.

The output is committed, so that building the extension does not need
iso-codes installed; rerun this script to follow a new iso-codes release and
review the diff.  The output is deterministic (no timestamps), so an unchanged
input gives an unchanged file.

Tables (see src/core/lr_iso.h for their C declarations):
  * ISO 3166-1: every entry of iso_3166-1.json (only assigned codes: the
    exceptionally reserved ones such as "uk" and "eu" are not in that file),
    sorted by alpha-2, plus an index sorted by alpha-3.  The name is the
    English common name when there is one ("Bolivia"), else the short name.
  * ISO 639 three-letter codes an Akoma Ntoso expression may use: every ISO
    639-3 code, every ISO 639-2 code (terminology and bibliographic, which adds
    the collective codes such as "sla" and the B codes such as "fre"), and the
    special codes und, mul, mis, zxx.  The ISO 639-2 range "qaa-qtz" (reserved
    for local use) is not a code and is left out.  The name is the ISO 639-3
    reference name where the code is in ISO 639-3 ("Modern Greek (1453-)"),
    else the ISO 639-2 one; a bibliographic code gets the name of its
    terminology code.
  * ISO 639-1: every entry of iso_639-2.json with an "alpha_2", mapped to its
    terminology code ("fr" is "fra", never the B code "fre"), sorted by alpha-2,
    plus an index sorted by alpha-3.  iso_639-3.json is read as a cross-check:
    where both files give a two-letter code, they must agree.  They do not hold
    the same set: iso_639-2.json alone has "bh" (Bihari languages, the ISO 639-2
    collective code "bih", which ISO 639-3 does not have), iso_639-3.json alone
    has "sh" (Serbo-Croatian, "hbs", withdrawn from ISO 639-1 and never in ISO
    639-2).  ISO 639-2 is followed, so "bh" is in and "sh" is out.

Only the standard library is used.  Any surprise in the data (a code of the
wrong shape, a duplicate, a bibliographic code that is also another
language's code) stops the script rather than producing a table the C lookups
would mis-search.
"""

import argparse
import json
import os
import re
import subprocess
import sys

SPECIAL_LANGUAGES = {
    # ISO 639-2 and 639-3 both define these; listed so that the table has them
    # even if a future iso-codes drops one from a file.
    "mis": "Uncoded languages",
    "mul": "Multiple languages",
    "und": "Undetermined",
    "zxx": "No linguistic content",
}


def fail(message):
    sys.exit("gen_iso_tables.py: " + message)


def load(json_dir, name, key):
    path = os.path.join(json_dir, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)[key]
    except (OSError, ValueError, KeyError) as e:
        fail("cannot read %s: %s" % (path, e))


def iso_codes_version():
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            universal_newlines=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out or "unknown"


def c_string(text):
    """A C99 string literal holding text as UTF-8.

    Non-ASCII bytes become \\x escapes, so the generated file is ASCII and does
    not depend on the compiler's source character set.  A hex escape takes
    every hex digit that follows it, so "\\xc3\\xa9" "e" must be split into
    two literals, which the compiler concatenates.  '?' is escaped too: "??"
    followed by another character is a trigraph under -std=c99.
    """
    out = []
    after_hex = False
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if after_hex and ch in "0123456789abcdefABCDEF":
            out.append('" "')
        after_hex = False
        if ch == '"' or ch == "\\" or ch == "?":
            out.append("\\" + ch)
        elif 0x20 <= byte < 0x7f:
            out.append(ch)
        else:
            out.append("\\x%02x" % byte)
            after_hex = True
    return '"' + "".join(out) + '"'


def check_code(code, length, what):
    if not re.fullmatch("[a-z]{%d}" % length, code):
        fail("unexpected %s %r" % (what, code))


def countries(json_dir):
    rows = []
    for entry in load(json_dir, "iso_3166-1.json", "3166-1"):
        alpha2 = entry["alpha_2"].lower()
        alpha3 = entry["alpha_3"].lower()
        numeric = entry["numeric"]
        check_code(alpha2, 2, "ISO 3166-1 alpha-2 code")
        check_code(alpha3, 3, "ISO 3166-1 alpha-3 code")
        if not re.fullmatch("[0-9]{3}", numeric):
            fail("unexpected ISO 3166-1 numeric code %r" % numeric)
        # int(): "004" written as 004 would be an octal constant in C.
        rows.append((alpha2, alpha3, entry.get("common_name", entry["name"]),
                     int(numeric, 10)))
    rows.sort()
    for field, what in ((0, "alpha-2"), (1, "alpha-3"), (3, "numeric")):
        values = [r[field] for r in rows]
        if len(set(values)) != len(values):
            fail("duplicate ISO 3166-1 %s code" % what)
    if len(rows) > 65535:
        fail("too many countries for a uint16_t index")
    by_alpha3 = sorted(range(len(rows)), key=lambda i: rows[i][1])
    return rows, by_alpha3


def languages(json_dir):
    names = {}
    for entry in load(json_dir, "iso_639-3.json", "639-3"):
        code = entry["alpha_3"]
        check_code(code, 3, "ISO 639-3 code")
        if code in names:
            fail("duplicate ISO 639-3 code %r" % code)
        names[code] = entry["name"]

    bibliographic = {}
    for entry in load(json_dir, "iso_639-2.json", "639-2"):
        code = entry["alpha_3"]
        if code == "qaa-qtz":
            continue
        check_code(code, 3, "ISO 639-2 code")
        names.setdefault(code, entry["name"])
        if "bibliographic" in entry:
            b = entry["bibliographic"]
            check_code(b, 3, "ISO 639-2/B code")
            bibliographic[b] = code

    for code, name in SPECIAL_LANGUAGES.items():
        names.setdefault(code, name)

    # Only now, when every terminology code is known: a B code must not also be
    # the code of another language, or one entry would have two meanings.
    for b, t in bibliographic.items():
        if b in names:
            fail("ISO 639-2/B code %r is also a language code" % b)
    rows = [(code, code, name) for code, name in names.items()]
    rows += [(b, t, names[t]) for b, t in bibliographic.items()]
    rows.sort()
    return rows


def alpha2_languages(json_dir, language_rows):
    rows = []
    for entry in load(json_dir, "iso_639-2.json", "639-2"):
        if "alpha_2" not in entry:
            continue
        alpha2 = entry["alpha_2"]
        alpha3 = entry["alpha_3"]
        check_code(alpha2, 2, "ISO 639-1 code")
        check_code(alpha3, 3, "ISO 639-2 code")
        rows.append((alpha2, alpha3))
    rows.sort()
    for field, what in ((0, "ISO 639-1"), (1, "ISO 639-2 code with an ISO 639-1")):
        values = [r[field] for r in rows]
        if len(set(values)) != len(values):
            fail("duplicate %s code" % what)

    # The three-letter side must be a terminology code of the language table,
    # so that lr_iso.c can reach it from a bibliographic code ("fre" -> "fra").
    terminology = {code: t for code, t, name in language_rows}
    for alpha2, alpha3 in rows:
        if terminology.get(alpha3) != alpha3:
            fail("ISO 639-1 %r maps to %r, not a terminology code" % (alpha2, alpha3))

    # Where ISO 639-3 also gives a two-letter code, it must be the same one.
    by_alpha2 = dict(rows)
    for entry in load(json_dir, "iso_639-3.json", "639-3"):
        alpha2 = entry.get("alpha_2")
        if alpha2 in by_alpha2 and by_alpha2[alpha2] != entry["alpha_3"]:
            fail("ISO 639-1 %r is %r in iso_639-2.json but %r in iso_639-3.json"
                 % (alpha2, by_alpha2[alpha2], entry["alpha_3"]))

    if len(rows) > 255:
        fail("too many ISO 639-1 codes for a uint8_t index")
    by_alpha3 = sorted(range(len(rows)), key=lambda i: rows[i][1])
    return rows, by_alpha3


def write_index(w, index):
    for start in range(0, len(index), 12):
        chunk = index[start:start + 12]
        w("\t" + ", ".join("%d" % i for i in chunk) + ",\n")


def write(out, version, command, country_rows, by_alpha3, language_rows,
          alpha2_rows, alpha2_by_alpha3):
    w = out.write
    w("/*\n")
    w(" * lr_iso_tables.c — ISO 3166-1 country and ISO 639 language codes.\n")
    w(" *\n")
    w(" * GENERATED FILE: DO NOT EDIT BY HAND.  Generated by\n")
    w(" *\n")
    w(" *     %s\n" % command)
    w(" *\n")
    w(" * from Debian's iso-codes package, version %s (iso_3166-1.json,\n" % version)
    w(" * iso_639-2.json, iso_639-3.json).  To change a table, change or rerun the\n")
    w(" * generator and commit both.  lr_iso.h explains the tables; lr_iso.c\n")
    w(" * searches them with memcmp, so each is sorted strictly by its code's bytes.\n")
    w(" */\n")
    w('#include "lr_iso.h"\n\n')
    w("const char lr_iso_codes_version[] = %s;\n\n" % c_string(version))

    w("/* %d assigned ISO 3166-1 codes, by alpha-2. */\n" % len(country_rows))
    w("const lr_country lr_countries[] = {\n")
    for alpha2, alpha3, name, numeric in country_rows:
        w('\t{"%s", "%s", %s, %d},\n' % (alpha2, alpha3, c_string(name), numeric))
    w("};\n\n")
    w("const int\tlr_n_countries = (int) (sizeof(lr_countries) / sizeof(lr_countries[0]));\n\n")

    w("/* Indexes into lr_countries, by alpha-3. */\n")
    w("const uint16_t lr_countries_by_alpha3[] = {\n")
    write_index(w, by_alpha3)
    w("};\n\n")

    w("/* %d ISO 639 three-letter codes, by code: {code, terminology code, name}. */\n"
      % len(language_rows))
    w("const lr_language lr_languages[] = {\n")
    for code, terminology, name in language_rows:
        w('\t{"%s", "%s", %s},\n' % (code, terminology, c_string(name)))
    w("};\n\n")
    w("const int\tlr_n_languages = (int) (sizeof(lr_languages) / sizeof(lr_languages[0]));\n\n")

    w("/* %d ISO 639-1 codes, by alpha-2: {alpha-2, ISO 639-2/T code}. */\n"
      % len(alpha2_rows))
    w("const lr_language_alpha2 lr_languages_alpha2[] = {\n")
    for start in range(0, len(alpha2_rows), 5):
        chunk = alpha2_rows[start:start + 5]
        w("\t" + " ".join('{"%s", "%s"},' % r for r in chunk) + "\n")
    w("};\n\n")
    w("const int\tlr_n_languages_alpha2 = (int) (sizeof(lr_languages_alpha2) / sizeof(lr_languages_alpha2[0]));\n\n")

    w("/* Indexes into lr_languages_alpha2, by alpha-3. */\n")
    w("const uint8_t lr_languages_alpha2_by_alpha3[] = {\n")
    write_index(w, alpha2_by_alpha3)
    w("};\n")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json-dir", default="/usr/share/iso-codes/json",
                        help="directory of the iso-codes JSON files")
    parser.add_argument("--output",
                        default=os.path.join(root, "src", "core", "lr_iso_tables.c"),
                        help="the C file to write")
    args = parser.parse_args()

    country_rows, by_alpha3 = countries(args.json_dir)
    language_rows = languages(args.json_dir)
    alpha2_rows, alpha2_by_alpha3 = alpha2_languages(args.json_dir, language_rows)
    version = iso_codes_version()

    # The command as it would be typed at the repository root, without the
    # arguments that were defaults, so the header does not change with who ran it.
    command = "tools/gen_iso_tables.py"
    if args.json_dir != parser.get_default("json_dir"):
        command += " --json-dir " + args.json_dir
    if os.path.abspath(args.output) != parser.get_default("output"):
        command += " --output " + args.output

    # Write to a temporary file first, so a failure leaves the old table intact.
    # UTF-8 only for the em dash of the header comment, like the other sources:
    # every name is written with \x escapes.
    tmp = args.output + ".tmp"
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as out:
            write(out, version, command, country_rows, by_alpha3, language_rows,
                  alpha2_rows, alpha2_by_alpha3)
        os.replace(tmp, args.output)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    print("%s: %d countries, %d languages, %d ISO 639-1 codes, iso-codes %s"
          % (args.output, len(country_rows), len(language_rows), len(alpha2_rows),
             version))


if __name__ == "__main__":
    main()
