// Claim highlighting: pure functions over the article text and its claims (UTF-16 offsets, end exclusive,
// which are JavaScript string indices as they are). No HTML is ever built from strings: the caller makes
// text nodes, so an article holding "<script>" stays text.

export const CATEGORIES = ['contradicted', 'hedged', 'agreed', 'unique'];

export const CATEGORY_LABELS = {
  agreed: 'Agreed with the consensus',
  contradicted: 'Contradicted by the consensus',
  hedged: 'Hedged by the outlet',
  unique: 'Unique: nothing to check against',
};

/**
 * How a claim counted, in this order:
 *  1. verdict: the source's explanation lists the claim id under "contradicted" or "agreed" (what the score used);
 *     otherwise the fact (/api/facts/{factKey}): the source stands in one of its conflicts → contradicted; it is one of
 *     two or more agreeing sources, or agrees while others conflict → agreed; anything else (no fact key, fact not
 *     rolled up yet, the only source to state it, a discounted copy) → unique.
 *  2. category (the colour): contradicted wins; then a hedged claim ("reportedly", "may") is hedged whatever its
 *     verdict, since it weighs half; then agreed; then unique. The verdict is always in the details.
 */
export function classify(claim, source, explanation, fact) {
  const verdict = verdictOf(claim, source, explanation, fact);
  const category = verdict === 'contradicted' ? 'contradicted' : claim.hedged ? 'hedged' : verdict;
  return { verdict, category };
}

function verdictOf(claim, source, explanation, fact) {
  if (explanation) {
    if (explanation.contradicted?.some((e) => e.claimId === claim.id)) return 'contradicted';
    if (explanation.agreed?.some((e) => e.claimId === claim.id)) return 'agreed';
    if (explanation.discountedCopies?.some((e) => e.claimId === claim.id)) return 'unique';
  }
  if (!fact) return 'unique';
  const conflicts = fact.conflicts || [];
  if (conflicts.some((c) => (c.claimIds || []).includes(claim.id) || (c.sources || []).includes(source))) return 'contradicted';
  const agreeing = fact.agreeingSources || [];
  if (agreeing.includes(source) && (agreeing.length >= 2 || conflicts.length > 0)) return 'agreed';
  return 'unique';
}

/**
 * Cuts the text at every claim boundary. Each piece lists the claims covering it, innermost (shortest) first,
 * and the claims starting at it, so overlapping or nested claims never produce crossing or nested marks:
 * a claim that overlaps another spans several adjacent pieces. Claims with offsets outside the text are dropped.
 */
export function segments(text, claims) {
  const valid = claims.filter((c) => Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end > c.start && c.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const c of valid) { cuts.add(c.start); cuts.add(c.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = valid.filter((c) => c.start <= start && c.end >= end).sort((a, b) => (a.end - a.start) - (b.end - b.start) || a.start - b.start);
    const starting = covering.filter((c) => c.start === start);
    pieces.push({ start, end, text: text.slice(start, end), claims: covering, starting });
  }
  return { pieces, dropped: claims.length - valid.length };
}
