package org.amity.interop.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

		@Option(names = "--format", defaultValue = "csv", description = "csv, xlsx, json or geojson (default: ${DEFAULT-VALUE})")
		PartnershipExport.Format format;

		@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "write here instead of to standard output")
		Path output;

		PartnershipsExport(PartnershipExport export) {
			this.export = export;
		}

		@Override
		public Integer call() throws IOException {
			try (OutputStream out = output == null ? new BufferedOutputStream(System.out)
					: new BufferedOutputStream(Files.newOutputStream(output))) {
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
