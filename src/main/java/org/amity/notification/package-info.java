/**
 * Outgoing mail through a transactional outbox: a module queues a message inside its own transaction, so the message
 * exists exactly when the change that caused it was committed, and is sent afterwards.
 */
package org.amity.notification;
