package org.amity.interop;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the real data bundled with Amity on first start: the curated gazetteer, Tokyo's official list of partners,
 * the Seoul–Tokyo agreements, the Japan–Korea context timeline and the world's twin-city pairs, in that order so that
 * curated records are there before the scraped ones fold into them. Each import that has run before is skipped.
 */
@Component
@ConditionalOnProperty(name = "amity.data.load-on-start", havingValue = "true", matchIfMissing = true)
@Order(0)
class BundledData implements ApplicationRunner {

	static final String GAZETTEER = "amity-gazetteer";
	static final String TOKYO = "tokyo-metropolitan-government";
	static final String SEOUL_TOKYO = "seoul-tokyo-agreements";
	static final String JAPAN_KOREA = "japan-korea-context";
	static final String TWIN_CITIES = "twin-cities";

	private static final Logger log = LoggerFactory.getLogger(BundledData.class);

	private final ImportLog imports;
	private final GazetteerSeedImport gazetteer;
	private final OfficialListImport officialList;
	private final AgreementImport agreements;
	private final ContextImport context;
	private final TwinCityImport twinCities;

	BundledData(ImportLog imports, GazetteerSeedImport gazetteer, OfficialListImport officialList,
			AgreementImport agreements, ContextImport context, TwinCityImport twinCities) {
		this.imports = imports;
		this.gazetteer = gazetteer;
		this.officialList = officialList;
		this.agreements = agreements;
		this.context = context;
		this.twinCities = twinCities;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	void load() {
		if (!imports.hasRun("gazetteer", GAZETTEER)) {
			gazetteer.run(read("data/gazetteer.csv"), GAZETTEER, ImportProgress.NONE);
		}
		if (!imports.hasRun("partners", TOKYO)) {
			officialList.run(read("data/tokyo-partners.csv"), "tokyo-jp", TOKYO, ImportProgress.NONE);
		}
		if (!imports.hasRun("agreements", SEOUL_TOKYO)) {
			agreements.run(read("data/seoul-tokyo-agreements.csv"), SEOUL_TOKYO, ImportProgress.NONE);
		}
		if (!imports.hasRun("context", JAPAN_KOREA)) {
			context.run(read("data/japan-korea-context.csv"), "JP", "KR", JAPAN_KOREA, ImportProgress.NONE);
		}
		if (!imports.hasRun("twin-cities", TWIN_CITIES)) {
			log.info("Loading the world's twin-city pairs (first start only)");
			twinCities.run(read("data/twin-cities/twin_cities_raw.csv"),
					read("data/twin-cities/twin_cities_geocoded.csv"), TWIN_CITIES, ImportProgress.NONE);
		}
	}

	static byte[] read(String resource) {
		try (var in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The bundled file " + resource + " cannot be read", e);
		}
	}
}
