package org.amity.shared.personal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a module holds about one person, contributed to the personal-data rights: a module that keeps personal data
 * implements this as a bean, so the privacy module can show, export, correct, erase and purge it without reading the
 * module's tables and without the module depending on privacy.
 */
public interface PersonalDataContribution {

	/** The section's name in exports and on the person's page, a message key suffix: {@code account}, {@code mail}. */
	String section();

	/** The person's records in this module, each as fields and values that JSON and CSV can carry. */
	List<Map<String, Object>> export(DataSubject subject);

	/**
	 * Erases the person's data: deletes what nothing needs, and replaces the name, contact and free text of what must
	 * remain for statistics with the pseudonym, so counts stay right.
	 */
	Erasure erase(DataSubject subject, String pseudonym);

	/** The fields the person may correct themselves. */
	default List<Correctable> correctable(DataSubject subject) {
		return List.of();
	}

	/**
	 * Corrects one field the person may correct; refuses (IllegalArgumentException) a value the field cannot take.
	 *
	 * @return whether this section knows the field
	 */
	default boolean correct(DataSubject subject, String field, String value) {
		return false;
	}

	/**
	 * Purges or anonymises this section's records that are older than the retention schedule allows.
	 *
	 * @return how many records were purged or anonymised
	 */
	default int purge(Instant olderThan) {
		return 0;
	}
}
