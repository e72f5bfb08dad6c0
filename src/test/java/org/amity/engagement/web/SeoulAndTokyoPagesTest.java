package org.amity.engagement.web;

import org.amity.SignedIn;
import org.amity.city.Gazetteer;
import org.amity.partnership.Partnerships;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the engagement pages' tests share: the pages on the real database, an officer of Seoul and one of Tokyo, and a
 * partnership of Seoul's that Tokyo is no party to.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SeoulAndTokyoPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Partnerships partnerships;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor seoul;
	RequestPostProcessor tokyo;
	long seoulId;
	long tokyoId;

	@BeforeEach
	void officers() {
		seoulId = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		tokyoId = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		seoul = SignedIn.asOfficerOf(context, seoulId);
		tokyo = SignedIn.asOfficerOf(context, tokyoId);
	}

	/** A partnership of Seoul's that Tokyo is no party to. */
	String seoulOnlyPartnership() {
		var summary = partnerships.involving(seoulId).stream().filter(p -> p.partnerOf(seoulId) != tokyoId).findFirst()
			.orElseThrow();
		return partnerships.find(summary.id()).orElseThrow().slug();
	}
}
