package org.amity.interop.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.amity.identity.AccessRule;
import org.amity.interop.ColumnMapping;
import org.amity.interop.ColumnMapping.Field;
import org.amity.interop.ImportRejectedException;
import org.amity.interop.ImportWizard;
import org.amity.interop.MappingRefusedException;
import org.amity.interop.UndoRefusedException;
import org.amity.shared.NotFoundException;
import org.amity.shared.web.PortalPaths;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The import wizard's pages under {@code /{lang}/manage/imports} (staff): upload or paste, preview and map, dry run
 * with choices, commit, and each import with its report and undo. Plain forms and redirects, so every step works
 * without JavaScript; a refusal re-renders the step with the reason in the reader's language.
 */
@AccessRule(AccessRule.Audience.STAFF)
@Controller
class ImportWizardPages {

	static final String BASE = PortalPaths.LANG + "/manage/imports";

	private final ImportWizard wizard;

	ImportWizardPages(ImportWizard wizard) {
		this.wizard = wizard;
	}

	@GetMapping(BASE)
	ModelAndView start(@PathVariable String lang, @RequestParam(required = false) String error) {
		// a refusal met before this controller ran (an upload beyond the server's limit) comes back by name
		var known = error != null && java.util.Arrays.stream(ImportRejectedException.Reason.values())
			.anyMatch(r -> r.name().equals(error));
		return startPage(known ? error : null, HttpStatus.OK);
	}

	@PostMapping(BASE)
	ModelAndView upload(@PathVariable String lang, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String source) {
		if (file == null || file.isEmpty()) {
			return startPage("EMPTY_FILE", HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (file.getSize() > org.amity.interop.ImportLimits.MAX_BYTES) {
			return startPage("TOO_LARGE", HttpStatus.CONTENT_TOO_LARGE);
		}
		try {
			var id = wizard.upload(source, file.getOriginalFilename(), file.getBytes());
			return redirect(lang, "/drafts/" + id);
		}
		catch (ImportRejectedException e) {
			return startPage(e.reason().name(), status(e));
		}
		catch (IOException e) {
			return startPage("EMPTY_FILE", HttpStatus.UNPROCESSABLE_CONTENT);
		}
	}

	@PostMapping(BASE + "/paste")
	ModelAndView paste(@PathVariable String lang, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String source) {
		try {
			var id = wizard.paste(source, text);
			return redirect(lang, "/drafts/" + id);
		}
		catch (ImportRejectedException e) {
			return startPage(e.reason().name(), status(e));
		}
	}

	@GetMapping(BASE + "/drafts/{id}")
	ModelAndView draft(@PathVariable String lang, @PathVariable UUID id) {
		return draftPage(id, null, HttpStatus.OK);
	}

	@PostMapping(BASE + "/drafts/{id}/mapping")
	ModelAndView map(@PathVariable String lang, @PathVariable UUID id, @RequestParam Map<String, String> form) {
		var columns = new EnumMap<Field, Integer>(Field.class);
		for (var field : Field.values()) {
			var value = form.getOrDefault("field." + field.name(), "");
			if (value.matches("\\d{1,3}")) {
				columns.put(field, Integer.parseInt(value));
			}
		}
		try {
			wizard.map(id, form.get("encoding"), form.get("owner"), new ColumnMapping(columns));
			return redirect(lang, "/drafts/" + id + "/dry-run");
		}
		catch (MappingRefusedException e) {
			return draftPage(id, "mapping." + e.reason().name(), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		catch (ImportRejectedException e) {
			return draftPage(id, "rejected." + e.reason().name(), status(e));
		}
		catch (NotFoundException e) {
			return notFound();
		}
	}

	@GetMapping(BASE + "/drafts/{id}/dry-run")
	ModelAndView dryRun(@PathVariable String lang, @PathVariable UUID id) {
		try {
			var plan = wizard.dryRun(id);
			var page = new ModelAndView("imports/dry-run");
			page.addObject("plan", plan);
			page.addObject("outcomes", ImportWizard.Outcome.values());
			return page;
		}
		catch (MappingRefusedException e) {
			return redirect(lang, "/drafts/" + id);
		}
		catch (NotFoundException e) {
			return notFound();
		}
	}

	@PostMapping(BASE + "/drafts/{id}/choices")
	ModelAndView choose(@PathVariable String lang, @PathVariable UUID id, @RequestParam Map<String, String> form) {
		var choices = new HashMap<Long, String>();
		form.forEach((name, value) -> {
			if (name.matches("choice\\.\\d{1,9}")) {
				choices.put(Long.parseLong(name.substring("choice.".length())), value);
			}
		});
		try {
			wizard.choose(id, choices);
			return redirect(lang, "/drafts/" + id + "/dry-run");
		}
		catch (NotFoundException e) {
			return notFound();
		}
	}

	@PostMapping(BASE + "/drafts/{id}/commit")
	ModelAndView commit(@PathVariable String lang, @PathVariable UUID id) {
		try {
			long importId = wizard.commit(id);
			return redirect(lang, "/" + importId);
		}
		catch (MappingRefusedException e) {
			return redirect(lang, "/drafts/" + id);
		}
		catch (NotFoundException e) {
			return notFound();
		}
	}

	@GetMapping(BASE + "/{id:\\d+}")
	ModelAndView run(@PathVariable String lang, @PathVariable long id,
			@RequestParam(required = false) String undone) {
		return runPage(id, null, HttpStatus.OK);
	}

	@PostMapping(BASE + "/{id:\\d+}/undo")
	ModelAndView undo(@PathVariable String lang, @PathVariable long id) {
		try {
			wizard.undo(id);
			return redirect(lang, "/" + id);
		}
		catch (UndoRefusedException e) {
			var page = runPage(id, e.reason().name(), HttpStatus.CONFLICT);
			page.addObject("blockers", e.blockers());
			return page;
		}
		catch (NotFoundException e) {
			return notFound();
		}
	}

	private ModelAndView startPage(String error, HttpStatus status) {
		var page = new ModelAndView("imports/start", status);
		page.addObject("error", error);
		page.addObject("imports", wizard.imports(50));
		page.addObject("maxMegabytes", org.amity.interop.ImportLimits.MAX_BYTES / (1024 * 1024));
		return page;
	}

	private ModelAndView draftPage(UUID id, String error, HttpStatus status) {
		try {
			var preview = wizard.preview(id);
			var page = new ModelAndView("imports/draft", status);
			page.addObject("preview", preview);
			page.addObject("fields", Field.values());
			page.addObject("encodings", org.amity.interop.ImportLimits.ENCODINGS);
			page.addObject("error", error);
			return page;
		}
		catch (ImportRejectedException e) {
			// the encoding chosen earlier no longer reads the file: the draft shows without its rows
			var page = new ModelAndView("imports/start", status(e));
			page.addObject("error", e.reason().name());
			page.addObject("imports", wizard.imports(50));
			page.addObject("maxMegabytes", org.amity.interop.ImportLimits.MAX_BYTES / (1024 * 1024));
			return page;
		}
		catch (NotFoundException e) {
			return notFound();
		}
	}

	private ModelAndView runPage(long id, String error, HttpStatus status) {
		try {
			var page = new ModelAndView("imports/import", status);
			page.addObject("run", wizard.run(id));
			page.addObject("report", org.amity.interop.ImportLimits.problems(wizard.reportCsv(id).orElse("")));
			page.addObject("error", error);
			page.addObject("blockers", java.util.List.of());
			return page;
		}
		catch (NotFoundException e) {
			return notFound();
		}
	}

	private static ModelAndView notFound() {
		var page = new ModelAndView("not-found", HttpStatus.NOT_FOUND);
		page.addObject("kind", "page");
		return page;
	}

	private static ModelAndView redirect(String lang, String rest) {
		return new ModelAndView("redirect:/" + lang + "/manage/imports" + rest);
	}

	private static HttpStatus status(ImportRejectedException e) {
		return e.reason() == ImportRejectedException.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.UNPROCESSABLE_CONTENT;
	}
}
