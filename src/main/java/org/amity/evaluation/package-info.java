/**
 * Evidence of whether a partnership is alive and still needed. For now it keeps the bilateral context timeline
 * (national events of tension, thaw and disaster between two countries) that every partnership timeline is read
 * against; surveys, indicators and the vitality index grow here.
 */
package org.amity.evaluation;
