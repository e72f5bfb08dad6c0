/**
 * The contract through which modules take part in people's personal-data rights (access, export, correction, erasure
 * and retention) without the privacy module reading their tables.
 */
package org.amity.shared.personal;
