# lexalign — PGXS build, plus the project's own targets:
#   make test    install what is missing, build (warnings are errors), run every suite
#   make demo    the same set-up, then a throwaway cluster with the demonstration
#   make bench   benchmarks against the alternatives (contrib ltree, ...)
#   make unit    the core's unit and property tests only (no server)
#   make fuzz    the core's parsers under libFuzzer, FUZZ_SECONDS each (default 300)

EXTENSION    = lexalign
EXTVERSION   = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(EXTENSION).control)
MODULE_big   = lexalign
CORE_SRCS    = $(sort $(wildcard src/core/*.c))
PG_SRCS      = $(sort $(wildcard src/pg/*.c))
OBJS         = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)
SQL_PARTS    = $(sort $(wildcard src/sql/*.sql))
DATA_built   = $(EXTENSION)--$(EXTVERSION).sql
# Released versions' install scripts, frozen, and the upgrade scripts between
# versions (releases/README.md): installed beside the current script, so that
# CREATE EXTENSION ... VERSION and ALTER EXTENSION ... UPDATE find them.
DATA         = $(filter-out releases/$(EXTENSION)--$(EXTVERSION).sql,$(sort $(wildcard releases/$(EXTENSION)--*.sql)))
REGRESS      = setup clause_path_input clause_path_errors clause_path_order \
               clause_path_functions clause_path_index clause_path_binary clause_path_property \
               lexref_input lexref_errors lexref_convert lexref_order lexref_index lexref_binary \
               lexref_property model reports
REGRESS_OPTS = --encoding=UTF8
ISOLATION    = assess_concurrent
ISOLATION_OPTS = --encoding=UTF8
PG_CFLAGS    = -Werror
# No JIT bitcode: it would need clang and llvm at build time for no gain here.
override with_llvm = no

PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) pg_config)
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

# The project targets must work before the server headers are installed, so
# PGXS is included only when it is there (test/ensure-deps.sh installs it).
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
endif

# PGXS tracks no header dependencies: rebuild every object when a header changes.
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS)
	cat $^ > $@

.PHONY: deps test demo bench unit fuzz
deps:
	@test/ensure-deps.sh
test: deps
	@test/run-all.sh
demo: deps
	@data/demo.sh
bench: deps
	@test/bench/run.sh
unit:
	@test/unit/run.sh
fuzz: deps
	@test/fuzz/run.sh
