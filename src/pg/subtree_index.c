/*
 * subtree_index.c — containment as a btree range scan (sort_key.h).
 *
 * For a type stored as a sort key in which what a value contains sorts right
 * after it, "p <@ q" and "q @> p" become the range
 *
 *     <type>_subtree_start(q) <= p < <type>_subtree_end(q)
 *
 * (q itself as the start when the type needs no start function), handed by a
 * planner support function to any btree index over p, the way core turns
 * "t LIKE 'abc%'" into a range.  The bounds are computed by STABLE functions
 * rather than folded into constants because they are sort key bounds, not
 * values that can be printed (EXPLAIN shows the calls instead).
 */
#include "sort_key.h"

#include "access/stratnum.h"
#include "catalog/pg_am_d.h"
#include "catalog/pg_type_d.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "optimizer/optimizer.h"
#include "parser/parse_func.h"
#include "utils/lsyscache.h"

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

/* The bound function <type_name><suffix>(type) in the given schema. */
static Expr *
bound_call(const char *schema, const char *type_name, const char *suffix, Oid type, Node *arg)
{
	Oid			argtypes[1] = {type};
	Oid			fn = LookupFuncName(list_make2(makeString(pstrdup(schema)),
											   makeString(psprintf("%s%s", type_name, suffix))),
									1, argtypes, true);

	if (!OidIsValid(fn))
		return NULL;
	return (Expr *) makeFuncExpr(fn, type, list_make1(copyObject(arg)),
								 InvalidOid, InvalidOid, COERCE_EXPLICIT_CALL);
}

List *
subtree_index_conditions(SupportRequestIndexCondition *req, int descendant_arg,
						 const char *type_name, bool with_start, bool lossy)
{
	List	   *args;
	Node	   *descendant;
	Node	   *ancestor;
	Oid			type;
	Oid			ge_op;
	Oid			lt_op;
	Oid			namespace;
	char	   *schema;
	Expr	   *start;
	Expr	   *end;
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
	 * extension's own order: another btree class on the type (a reversed
	 * one, say) would turn the range into a wrong answer.
	 */
	type = exprType(descendant);
	namespace = get_func_namespace(req->funcid);
	ge_op = get_opfamily_member(req->opfamily, type, type, BTGreaterEqualStrategyNumber);
	lt_op = get_opfamily_member(req->opfamily, type, type, BTLessStrategyNumber);
	if (!is_own_function(get_opcode(ge_op), namespace, psprintf("%s_ge", type_name)) ||
		!is_own_function(get_opcode(lt_op), namespace, psprintf("%s_lt", type_name)))
		return NIL;

	/* the bound functions live in the schema of the function we support */
	schema = get_namespace_name(namespace);
	start = with_start ? bound_call(schema, type_name, "_subtree_start", type, ancestor)
		: (Expr *) copyObject(ancestor);
	end = bound_call(schema, type_name, "_subtree_end", type, ancestor);
	if (start == NULL || end == NULL)
		return NIL;

	lower = make_opclause(ge_op, BOOLOID, false, (Expr *) copyObject(descendant), start,
						  InvalidOid, InvalidOid);
	upper = make_opclause(lt_op, BOOLOID, false, (Expr *) copyObject(descendant), end,
						  InvalidOid, InvalidOid);
	set_opfuncid((OpExpr *) lower);
	set_opfuncid((OpExpr *) upper);
	req->lossy = lossy;
	return list_make2(lower, upper);
}

Node *
subtree_support(Node *request, int descendant_arg, const char *type_name,
				bool with_start, bool lossy)
{
	List	   *conds = NIL;

	if (IsA(request, SupportRequestIndexCondition))
		conds = subtree_index_conditions((SupportRequestIndexCondition *) request,
										 descendant_arg, type_name, with_start, lossy);
	return conds != NIL ? (Node *) conds : NULL;
}
