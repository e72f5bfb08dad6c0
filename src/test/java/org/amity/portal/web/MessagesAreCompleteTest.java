package org.amity.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.amity.city.PlaceLevel;
import org.amity.evaluation.ContextEvent;
import org.amity.partnership.AgreementKind;
import org.amity.partnership.CooperationField;
import org.amity.partnership.PartnershipStatus;
import org.amity.partnership.PartnershipType;
import org.amity.partnership.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The interface text exists in all four languages, key for key, with nothing left empty. */
class MessagesAreCompleteTest {

	static final String BASE = "i18n/messages";

	/** Every bundle under i18n/ (pages, API problems, and each module's own texts); all are shown to people. */
	static final List<String> BUNDLES = bundles();

	static List<String> bundles() {
		try {
			var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			return Arrays.stream(resources)
				.map(Resource::getFilename)
				.filter(name -> name != null && !name.contains("_"))
				.map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void every_bundle_is_one_the_application_reads() throws IOException {
		var yaml = new String(new ClassPathResource("application.yml").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		var basenames = yaml.lines()
			.map(String::strip)
			.filter(line -> line.startsWith("basename:"))
			.findFirst()
			.map(line -> Set.of(line.substring("basename:".length()).strip().split("\\s*,\\s*")))
			.orElseThrow();
		assertThat(basenames).as("spring.messages.basename").containsAll(BUNDLES);
		assertThat(BUNDLES).contains(BASE, "i18n/problems");
	}

	static Stream<org.junit.jupiter.params.provider.Arguments> locales() {
		return BUNDLES.stream().flatMap(bundle -> Arrays.stream(Language.values())
			.map(language -> org.junit.jupiter.params.provider.Arguments.of(bundle, language.tag())));
	}

	@ParameterizedTest(name = "{0}_{1} has exactly the keys of the default file")
	@MethodSource("locales")
	void every_locale_file_has_exactly_the_keys_of_the_default_file(String bundle, String locale) throws IOException {
		var base = load(bundle + ".properties").stringPropertyNames();
		var translated = load(bundle + "_" + locale + ".properties").stringPropertyNames();
		assertThat(difference(base, translated)).as("keys missing from %s_%s", bundle, locale).isEmpty();
		assertThat(difference(translated, base)).as("keys in %s_%s but not in the default file", bundle, locale)
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}_{1} has no empty text")
	@MethodSource("locales")
	void no_message_is_empty(String bundle, String locale) throws IOException {
		var messages = load(bundle + "_" + locale + ".properties");
		var empty = messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).isBlank()).toList();
		assertThat(empty).as("empty messages in %s_%s", bundle, locale).isEmpty();
	}

	@ParameterizedTest(name = "{0}_{1} has only well-formed message patterns")
	@MethodSource("locales")
	void every_message_with_arguments_is_a_valid_pattern(String bundle, String locale) throws IOException {
		var messages = load(bundle + "_" + locale + ".properties");
		var broken = new ArrayList<String>();
		for (var key : messages.stringPropertyNames()) {
			var text = messages.getProperty(key);
			if (text.contains("{")) {
				try {
					new MessageFormat(text, Locale.forLanguageTag(locale)).format(new Object[] { 1, 2, 3 });
				}
				catch (IllegalArgumentException e) {
					broken.add(key + ": " + e.getMessage());
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void every_label_the_pages_show_for_a_domain_value_has_a_message() throws IOException {
		var keys = load(BASE + ".properties").stringPropertyNames();
		var needed = new ArrayList<String>();
		labels(needed, "partnership.type.", PartnershipType.values());
		labels(needed, "partnership.status.", PartnershipStatus.values());
		labels(needed, "agreement.kind.", AgreementKind.values());
		labels(needed, "cooperation.field.", CooperationField.values());
		labels(needed, "place.level.", PlaceLevel.values());
		labels(needed, "city.children.", PlaceLevel.values());
		labels(needed, "context.kind.", ContextEvent.Kind.values());
		labels(needed, "term.", Term.Kind.values());
		labels(needed, "timeline.kind.", PartnershipController.TimelineEntry.Kind.values());
		labels(needed, "trilateral.reason.", org.amity.network.NetworkAnalytics.Suggestion.Reason.values());
		labels(needed, "network.region.", org.amity.network.Region.values());
		labels(needed, "network.sort.", NetworkController.SORTS.toArray(Enum[]::new));
		labels(needed, "vitality.state.", org.amity.evaluation.VitalityReading.State.values());
		labels(needed, "portfolio.trend.", org.amity.evaluation.Vitality.Trend.values());
		assertThat(keys).containsAll(needed);
	}

	@Test
	void every_refusal_the_api_can_give_has_a_problem_text() throws IOException {
		var keys = load("i18n/problems.properties").stringPropertyNames();
		var needed = new ArrayList<String>();
		labels(needed, "problem.refused.", org.amity.partnership.PartnershipRefusedException.Reason.values());
		labels(needed, "problem.import-rejected.", org.amity.interop.ImportRejectedException.Reason.values());
		for (var kind : List.of("city", "partnership", "resource", "import")) {
			needed.add("problem.not-found." + kind);
		}
		assertThat(keys).containsAll(needed);
	}

	@Test
	void the_check_for_missing_keys_can_fail() {
		var base = Set.of("a", "b");
		assertThat(difference(base, Set.of("a"))).containsExactly("b");
	}

	private static void labels(List<String> keys, String prefix, Enum<?>[] values) {
		for (var value : values) {
			keys.add(prefix + value.name());
		}
	}

	private static Set<String> difference(Set<String> from, Set<String> minus) {
		var rest = new TreeSet<>(from);
		rest.removeAll(minus);
		return rest;
	}

	static Properties load(String resource) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
