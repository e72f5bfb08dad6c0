package org.amity;

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
 * What the tests of staff pages share: the pages on the real database, an officer of Seoul and one of Tokyo, and a
 * partnership of Seoul's that Tokyo is no party to.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class SeoulAndTokyoPagesTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected Gazetteer gazetteer;

	@Autowired
	protected Partnerships partnerships;

	@Autowired
	protected JdbcClient jdbc;

	protected RequestPostProcessor seoul;
	protected RequestPostProcessor tokyo;
	protected long seoulId;
	protected long tokyoId;

	@BeforeEach
	protected void officers() {
		seoulId = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		tokyoId = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		seoul = SignedIn.asOfficerOf(context, seoulId);
		tokyo = SignedIn.asOfficerOf(context, tokyoId);
	}

	/** A partnership of Seoul's that Tokyo is no party to. */
	protected String seoulOnlyPartnership() {
		var summary = partnerships.involving(seoulId).stream().filter(p -> p.partnerOf(seoulId) != tokyoId).findFirst()
			.orElseThrow();
		return partnerships.find(summary.id()).orElseThrow().slug();
	}
}
