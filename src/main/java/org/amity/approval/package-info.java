/**
 * Bilateral approval: a change one city proposes to a record it shares with a partner city waits until the partner's
 * staff approve or refuse it, with the reason kept. The module owning the record applies the approved change through
 * a {@link org.amity.approval.ChangeApplier}, checked against the version the proposal was made on.
 */
package org.amity.approval;
