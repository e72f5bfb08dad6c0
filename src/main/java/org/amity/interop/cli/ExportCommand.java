package org.amity.interop.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.amity.interop.ImportProgress;
import org.amity.interop.PartnershipExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Exports the registry.", subcommands = ExportCommand.PartnershipsExport.class)
class ExportCommand {

	@Command(name = "partnerships", mixinStandardHelpOptions = true,
			description = "Exports every partnership with both places as CSV or JSON.")
	static class PartnershipsExport implements Callable<Integer> {

		private final PartnershipExport export;

		@Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE})")
		PartnershipExport.Format format;

		@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "write here instead of to standard output")
		Path output;

		PartnershipsExport(PartnershipExport export) {
			this.export = export;
		}

		@Override
		public Integer call() throws IOException {
			try (Writer out = output == null
					? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
					: Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
				int count;
				if (output == null) {
					count = export.write(format, out, ImportProgress.NONE);
				}
				else {
					try (var progress = new ProgressBars()) {
						count = export.write(format, out, progress);
					}
				}
				out.flush();
				if (output != null) {
					System.err.println(count + " partnerships written to " + output);
				}
			}
			return 0;
		}
	}
}
