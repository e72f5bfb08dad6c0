/**
 * Evidence of whether a partnership is alive and still needed: the bilateral context timeline (national events of
 * tension, thaw and disaster between two countries) that every partnership is read against, and the vitality index
 * with dormancy detection per year, read from what the registry records of each partnership by a documented policy.
 * Surveys, indicators from the other modules and reports grow here.
 */
package org.amity.evaluation;
