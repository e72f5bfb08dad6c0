package org.amity.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amity.identity.AccountErasure;
import org.amity.identity.Accounts;
import org.amity.shared.personal.Correctable;
import org.amity.shared.personal.DataSubject;
import org.amity.shared.personal.Erasure;
import org.amity.shared.personal.PersonalDataContribution;
import org.amity.identity.Grant;
import org.springframework.stereotype.Component;

/**
 * The person's account, through the identity module's API: shown, corrected (name and e-mail address) and, on erasure,
 * kept under a pseudonym so that counts of participants stay right.
 */
@Component
class AccountData implements PersonalDataContribution {

	private final Accounts accounts;
	private final AccountErasure erasure;

	AccountData(Accounts accounts, AccountErasure erasure) {
		this.accounts = accounts;
		this.erasure = erasure;
	}

	@Override
	public String section() {
		return "account";
	}

	@Override
	public List<Map<String, Object>> export(DataSubject subject) {
		return accounts.find(subject.accountId()).map(account -> {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("username", account.username());
			fields.put("displayName", account.displayName());
			fields.put("email", account.email());
			fields.put("language", account.language());
			fields.put("roles", account.grants().stream().map(Grant::authority).sorted().toList());
			return List.<Map<String, Object>>of(fields);
		}).orElse(List.of());
	}

	@Override
	public List<Correctable> correctable(DataSubject subject) {
		return accounts.find(subject.accountId())
			.map(account -> List.of(new Correctable(section(), "displayName", account.displayName(), 200),
					new Correctable(section(), "email", account.email() == null ? "" : account.email(), 320)))
			.orElse(List.of());
	}

	@Override
	public boolean correct(DataSubject subject, String field, String value) {
		var account = accounts.find(subject.accountId()).orElseThrow();
		switch (field) {
			case "displayName" -> erasure.correct(account.id(), value, account.email());
			case "email" -> erasure.correct(account.id(), account.displayName(), value);
			default -> {
				return false;
			}
		}
		return true;
	}

	@Override
	public Erasure erase(DataSubject subject, String pseudonym) {
		return new Erasure(section(), 0, erasure.anonymise(subject.accountId(), pseudonym) ? 1 : 0);
	}
}
