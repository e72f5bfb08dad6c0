/**
 * Mail that leaves Amity: other modules queue a message in their own transaction ({@link Outbox#enqueue}), so it exists
 * exactly when what it announces was committed, and a relay sends it afterwards. Without a mail server configured the
 * messages stay in the outbox, where staff and developers read them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.amity.notification;
