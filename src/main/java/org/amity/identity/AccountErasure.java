package org.amity.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal-data rights' side of accounts: a person corrects their name and address, and an erased account keeps
 * its row (so counts of participants stay right) under a pseudonym, unable to sign in, with no roles.
 */
@Service
public class AccountErasure {

	private final JdbcClient jdbc;

	AccountErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Corrects the display name and e-mail address, as the person gave them. */
	@Transactional
	public void correct(long accountId, String displayName, String email) {
		if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
			throw new IllegalArgumentException("A name has 1 to 200 characters");
		}
		org.amity.shared.PlainText.require(displayName, "A name");
		if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
			throw new IllegalArgumentException("Not an e-mail address");
		}
		jdbc.sql("update identity.account set display_name = :name, email = :email where id = :id")
			.param("name", displayName.strip()).param("email", email == null || email.isBlank() ? null : email.strip())
			.param("id", accountId).update();
	}

	/** Replaces the account's name, address and sign-in with the pseudonym; it can never sign in again. */
	@Transactional
	public boolean anonymise(long accountId, String pseudonym) {
		jdbc.sql("delete from identity.account_grant where account_id = :id").param("id", accountId).update();
		return jdbc.sql("""
				update identity.account
				   set username = :pseudonym, display_name = :pseudonym, email = null, password_hash = null,
				       oidc_issuer = null, oidc_subject = null, enabled = false
				 where id = :id""")
			.param("pseudonym", pseudonym).param("id", accountId).update() == 1;
	}
}
