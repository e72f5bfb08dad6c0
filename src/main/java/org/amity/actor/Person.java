package org.amity.actor;

/**
 * A person of the network (a contact, a coordinator, a host), with the organisation they act for when they act for one.
 * Demo people exist only in demo mode.
 */
public record Person(long id, String name, String email, Long organisationId, String position, boolean contact,
		boolean demo) {

	public Person {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new ActorRefusedException(ActorRefusedException.Reason.NAME_MISSING, "A person needs a name");
		}
		if (email != null && !email.isBlank() && !email.matches("[^@\\s]{1,64}@[^@\\s]{1,255}")) {
			throw new ActorRefusedException(ActorRefusedException.Reason.BAD_EMAIL, "Not an e-mail address");
		}
		email = email == null || email.isBlank() ? null : email;
	}
}
