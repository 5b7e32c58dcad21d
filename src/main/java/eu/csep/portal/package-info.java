/**
 * The CSEP Portal: the Civil Society Empowerment Programme's calls, proposals, review, budget, campaign reach
 * and hash matching. Packages are business components (identity, calls, review, budget, reach, hashmatch,
 * documents, shared), each split into boundary / control / entity / view; see docs/architecture.md.
 */
package eu.csep.portal;
