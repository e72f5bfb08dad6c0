package org.amity.actor;

import java.util.Objects;
import java.util.regex.Pattern;

import org.amity.shared.LocalizedText;

/**
 * An organisation of the network, named in one or more languages, seated in a place of the gazetteer (by id) when it
 * has one. Demo organisations exist only in demo mode and say so wherever they show. Its version moves on with every
 * change, so that a correction typed on an older reading can be refused.
 */
public record Organisation(long id, String slug, ActorKind kind, LocalizedText name, Long placeId, String website,
		boolean demo, long version) {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public Organisation {
		Objects.requireNonNull(kind, "kind");
		if (slug == null || slug.length() > 120 || !SLUG.matcher(slug).matches()) {
			throw new ActorRefusedException(ActorRefusedException.Reason.BAD_SLUG, "Not a slug: " + slug);
		}
		if (name == null || name.isEmpty()) {
			throw new ActorRefusedException(ActorRefusedException.Reason.NAME_MISSING, "An organisation needs a name");
		}
		if (website != null && !website.isBlank() && !website.matches("https?://[^\\s<>\"]{1,300}")) {
			throw new ActorRefusedException(ActorRefusedException.Reason.BAD_WEBSITE, "Not a web address: " + website);
		}
		website = website == null || website.isBlank() ? null : website;
	}

	/** An organisation as first recorded, at version 0. */
	public Organisation(long id, String slug, ActorKind kind, LocalizedText name, Long placeId, String website,
			boolean demo) {
		this(id, slug, kind, name, placeId, website, demo, 0);
	}
}
