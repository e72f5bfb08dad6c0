package org.amity.partnership;

/** How the two governments name their tie: sister city, friendship city, or partnership/cooperation agreement. */
public enum PartnershipType {
	SISTER, FRIENDSHIP, PARTNERSHIP
}
