/**
 * Evidence of whether a partnership is alive and still needed: the bilateral context timeline every partnership is read
 * against, the indicators per partnership and year, the vitality index with dormancy detection that explains itself,
 * pre/post surveys of participants against a comparison group, imported time series, and the partnership report.
 * <p>
 * What evaluation consumes: it reads agreements and official visits from {@code partnership}'s API, and keeps its own
 * read model of everything else a partnership does, fed by {@link org.amity.evaluation.PartnershipActivity} facts. The
 * exchange, event and engagement modules publish one per counted fact (programs and calls, applications and participants
 * per direction, events and attendance, volunteers and hours, campaigns and reach, official visits), with a
 * {@code sourceRef} that names the fact in their own module so that a corrected figure replaces the first; evaluation
 * never reads their tables.
 */
package org.amity.evaluation;
