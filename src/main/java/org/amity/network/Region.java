package org.amity.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The world's regions as the United Nations geoscheme (M49) groups countries, for filtering the network and for
 * explaining suggestions ("same region"). Kosovo (XK) is placed in Southern Europe as M49 places Serbia.
 */
public enum Region {

	AFRICA("DZ EG EH LY MA SD SS TN BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG AO CD CF CG CM GA GQ ST TD "
			+ "BI DJ ER ET KE KM MG MU MW MZ RE RW SC SO TZ UG YT ZM ZW BW LS NA SZ ZA IO TF"),
	AMERICAS("AI AG AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GT GY HN HT JM KN KY LC "
			+ "MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT UM US UY VC VE VG VI GS BV"),
	ASIA("AF AM AZ BD BH BN BT CN CY GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY NP OM PH "
			+ "PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE AE"),
	EUROPE("AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD "
			+ "ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK"),
	OCEANIA("AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS");

	private static final Map<String, Region> BY_COUNTRY = new HashMap<>();

	static {
		for (var region : values()) {
			for (var country : region.countries.split(" ")) {
				BY_COUNTRY.put(country, region);
			}
		}
	}

	private final String countries;

	Region(String countries) {
		this.countries = countries;
	}

	public static Optional<Region> of(String country) {
		return Optional.ofNullable(BY_COUNTRY.get(country));
	}
}
