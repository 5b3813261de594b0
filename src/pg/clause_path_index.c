/*
 * clause_path_index.c — "p <@ q" and "q @> p" as a btree range scan.
 *
 * A path's descendants are the keys that start with its key, and they sort
 * right after it, so the subtree is the range
 *
 *     q <= p < clause_path_subtree_end(q)
 *
 * where the end is q's key with its final component terminator (0x01) raised
 * to 0x02: every key with the prefix is below it, and nothing else is between.
 * The planner support function below hands that range to any btree index over
 * p, the way core turns "t LIKE 'abc%'" into a range.  The end is computed by
 * a STABLE function rather than folded into a constant because it is a sort
 * key bound, not a path that can be printed (EXPLAIN shows the call instead).
 */
#include "clause_path_pg.h"

#include "access/stratnum.h"
#include "catalog/pg_am_d.h"
#include "catalog/pg_type_d.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "optimizer/optimizer.h"
#include "parser/parse_func.h"
#include "utils/lsyscache.h"

PG_FUNCTION_INFO_V1(clause_path_subtree_end);
Datum
clause_path_subtree_end(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_CLAUSE_PATH_PP(0);
	struct varlena *end = clause_path_from_key(CP_KEY(v), CP_KEY_LEN(v));

	/* the last byte of every key is CP_KEY_END */
	((uint8_t *) VARDATA(end))[CP_KEY_LEN(v) - 1] = CP_KEY_TRAILER;
	PG_RETURN_POINTER(end);
}

/* Is funcid the extension's function of that name? */
static bool
is_own_function(Oid funcid, Oid namespace, const char *name)
{
	char	   *actual;

	if (!OidIsValid(funcid) || get_func_namespace(funcid) != namespace)
		return false;
	actual = get_func_name(funcid);
	return actual != NULL && strcmp(actual, name) == 0;
}

/*
 * Index conditions for the function funcid (contains or contained) whose
 * argument number descendant_arg is the descendant side.
 */
static List *
subtree_conditions(SupportRequestIndexCondition *req, int descendant_arg)
{
	List	   *args;
	Node	   *descendant;
	Node	   *ancestor;
	Oid			type;
	Oid			ge_op;
	Oid			lt_op;
	Oid			end_fn;
	Oid			argtypes[1];
	Oid			namespace;
	char	   *schema;
	Expr	   *lower;
	Expr	   *upper;

	if (IsA(req->node, OpExpr))
		args = ((OpExpr *) req->node)->args;
	else if (IsA(req->node, FuncExpr))
		args = ((FuncExpr *) req->node)->args;
	else
		return NIL;
	if (list_length(args) != 2 || req->indexarg != descendant_arg ||
		req->index->relam != BTREE_AM_OID)
		return NIL;

	descendant = (Node *) list_nth(args, descendant_arg);
	ancestor = (Node *) list_nth(args, 1 - descendant_arg);
	if (!is_pseudo_constant_for_index(req->root, ancestor, req->index))
		return NIL;

	/*
	 * The range operators of this index's operator family, which must be the
	 * extension's own reading order: another btree class on the type (a
	 * reversed one, say) would turn the range into a wrong answer.
	 */
	type = exprType(descendant);
	namespace = get_func_namespace(req->funcid);
	ge_op = get_opfamily_member(req->opfamily, type, type, BTGreaterEqualStrategyNumber);
	lt_op = get_opfamily_member(req->opfamily, type, type, BTLessStrategyNumber);
	if (!is_own_function(get_opcode(ge_op), namespace, "clause_path_ge") ||
		!is_own_function(get_opcode(lt_op), namespace, "clause_path_lt"))
		return NIL;

	/* the bound function lives in the schema of the function we support */
	schema = get_namespace_name(namespace);
	argtypes[0] = type;
	end_fn = LookupFuncName(list_make2(makeString(schema),
									   makeString("clause_path_subtree_end")),
							1, argtypes, true);
	if (!OidIsValid(end_fn))
		return NIL;

	lower = make_opclause(ge_op, BOOLOID, false,
						  (Expr *) copyObject(descendant), (Expr *) copyObject(ancestor),
						  InvalidOid, InvalidOid);
	upper = make_opclause(lt_op, BOOLOID, false,
						  (Expr *) copyObject(descendant),
						  (Expr *) makeFuncExpr(end_fn, type,
												list_make1(copyObject(ancestor)),
												InvalidOid, InvalidOid,
												COERCE_EXPLICIT_CALL),
						  InvalidOid, InvalidOid);
	set_opfuncid((OpExpr *) lower);
	set_opfuncid((OpExpr *) upper);
	req->lossy = false;
	return list_make2(lower, upper);
}

static Datum
support(FunctionCallInfo fcinfo, int descendant_arg)
{
	Node	   *raw = (Node *) PG_GETARG_POINTER(0);

	if (IsA(raw, SupportRequestIndexCondition))
	{
		List	   *conds = subtree_conditions((SupportRequestIndexCondition *) raw,
											   descendant_arg);

		if (conds != NIL)
			PG_RETURN_POINTER(conds);
	}
	PG_RETURN_POINTER(NULL);
}

/* for clause_path_contained(p, q), "p <@ q": p is the descendant */
PG_FUNCTION_INFO_V1(clause_path_contained_support);
Datum
clause_path_contained_support(PG_FUNCTION_ARGS)
{
	return support(fcinfo, 0);
}

/* for clause_path_contains(q, p), "q @> p": p is the descendant */
PG_FUNCTION_INFO_V1(clause_path_contains_support);
Datum
clause_path_contains_support(PG_FUNCTION_ARGS)
{
	return support(fcinfo, 1);
}
