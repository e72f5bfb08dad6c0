package org.amity.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.simple.AbstractSimpleMarkupHandler;
import org.attoparser.simple.SimpleMarkupParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No template shows text that is not a message: every text node and every attribute a reader sees or hears (alt,
 * title, aria-label, placeholder, value, label) must come from {@code th:*} with a message key. Templates are read
 * with attoparser, the HTML parser Thymeleaf itself uses.
 */
class TemplatesHaveNoLiteralTextTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes whose value is shown or read out. */
	static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "aria-label", "aria-description",
			"placeholder", "value", "label", "summary", "abbr");

	/** Attributes that replace an element's content, so any text written inside it never shows. */
	static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

	static final Pattern LETTER = Pattern.compile("\\p{L}");
	static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	static Stream<Path> templates() throws IOException {
		try (var files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).toList().stream();
		}
	}

	@Test
	void there_are_templates_to_check() throws IOException {
		assertThat(templates()).isNotEmpty();
	}

	@ParameterizedTest(name = "{0} holds no literal text")
	@MethodSource("templates")
	void no_template_holds_literal_visible_text(Path template) throws Exception {
		try (var reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
			assertThat(literals(reader)).as("literal text in %s", template).isEmpty();
		}
	}

	@Test
	void the_check_finds_literal_text_and_attributes() throws Exception {
		var html = """
				<main><h1 th:text="#{home.heading}">Ignored sample</h1><p>Hello</p>
				<img th:src="@{/a.svg}" alt="A map"><input th:placeholder="#{search.label}">
				<span>[[#{nav.home}]]</span><span> · 2024 </span></main>
				""";
		assertThat(literals(new StringReader(html))).hasSize(2)
			.anySatisfy(found -> assertThat(found).contains("Hello"))
			.anySatisfy(found -> assertThat(found).contains("alt=\"A map\""));
	}

	static List<String> literals(Reader reader) throws ParseException {
		var handler = new LiteralTextFinder();
		new SimpleMarkupParser(ParseConfiguration.htmlConfiguration()).parse(reader, handler);
		return handler.found;
	}

	/** Walks the markup keeping, per open element, whether its content is replaced when the template renders. */
	static final class LiteralTextFinder extends AbstractSimpleMarkupHandler {

		final List<String> found = new ArrayList<>();
		private final Deque<Boolean> replaced = new ArrayDeque<>();
		private final Deque<String> names = new ArrayDeque<>();

		@Override
		public void handleOpenElement(String name, Map<String, String> attributes, int line, int col) {
			check(name, attributes, line);
			replaced.push(replacedNow()
					|| attributes != null && attributes.keySet().stream().anyMatch(CONTENT_REPLACING::contains));
			names.push(name);
		}

		@Override
		public void handleAutoOpenElement(String name, Map<String, String> attributes, int line, int col) {
			handleOpenElement(name, attributes, line, col);
		}

		@Override
		public void handleStandaloneElement(String name, Map<String, String> attributes, boolean minimized, int line,
				int col) {
			check(name, attributes, line);
		}

		@Override
		public void handleCloseElement(String name, int line, int col) {
			if (!names.isEmpty()) {
				names.pop();
				replaced.pop();
			}
		}

		@Override
		public void handleAutoCloseElement(String name, int line, int col) {
			handleCloseElement(name, line, col);
		}

		@Override
		public void handleText(char[] buffer, int offset, int len, int line, int col) {
			var text = new String(buffer, offset, len);
			var inCode = !names.isEmpty() && (names.peek().equals("script") || names.peek().equals("style"));
			if (!replacedNow() && !inCode && LETTER.matcher(INLINE_EXPRESSION.matcher(text).replaceAll("")).find()) {
				found.add("line " + line + ": text \"" + text.strip() + "\"");
			}
		}

		private void check(String element, Map<String, String> attributes, int line) {
			if (attributes == null) {
				return;
			}
			attributes.forEach((name, value) -> {
				if (VISIBLE_ATTRIBUTES.contains(name.toLowerCase()) && value != null && LETTER.matcher(value).find()) {
					found.add("line " + line + ": <" + element + "> " + name + "=\"" + value + "\"");
				}
			});
		}

		private boolean replacedNow() {
			return !replaced.isEmpty() && replaced.peek();
		}
	}
}
