/**
 * Engagement: the remedies for low participation in a partnership. Social-media and community campaigns with their
 * channels, hashtags and reach (entered or imported from CSV), community events run by partner organisations, and
 * citizens' ideas and feedback on an event or program, shown once a moderator approved them.
 */
package org.amity.engagement;
