/**
 * Where a refused request's message belongs in a form. The server is the judge of every rule
 * (tick size, stop below the bid, …); the form only places its words next to the right input:
 * per-field messages of a 400 go to their fields, a rule's detail goes to the first field it
 * names, and anything else is shown above the buttons.
 */
const CODE_FIELDS = { unknown_symbol: 'symbol', invalid_symbol: 'symbol', invalid_side: 'side' };

export function fieldProblems(error, fields) {
  if (!error) {
    return { fields: {}, general: null };
  }
  const placed = {};
  for (const { field, message } of error.fieldErrors ?? []) {
    if (fields.includes(field) && !placed[field]) {
      placed[field] = message;
    }
  }
  if (Object.keys(placed).length > 0) {
    return { fields: placed, general: null };
  }
  const detail = error.message ?? String(error);
  const byCode = CODE_FIELDS[error.code];
  if (byCode && fields.includes(byCode)) {
    return { fields: { [byCode]: detail }, general: null };
  }
  const named = fields
    .map((field) => ({ field, at: detail.indexOf(field) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  return named ? { fields: { [named.field]: detail }, general: null } : { fields: {}, general: detail };
}
