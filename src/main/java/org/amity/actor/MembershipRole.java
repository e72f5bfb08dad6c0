package org.amity.actor;

/**
 * What an organisation is to a partnership, program, event or another organisation: the five roles of the network,
 * plus sending participants, membership of an association and being another's representative office.
 */
public enum MembershipRole {
	INITIATOR, FUNDER, HOST, FACILITATOR, SPONSOR, SENDER, MEMBER, REPRESENTATIVE_OFFICE
}
