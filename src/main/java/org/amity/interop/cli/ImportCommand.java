package org.amity.interop.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.amity.interop.AgreementImport;
import org.amity.interop.ContextImport;
import org.amity.interop.ImportRejectedException;
import org.amity.interop.ImportReport;
import org.amity.interop.OfficialListImport;
import org.amity.interop.TwinCityImport;
import org.amity.shared.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Imports data into the registry; every import runs in one transaction.",
		subcommands = { ImportCommand.TwinCities.class, ImportCommand.Partners.class, ImportCommand.Agreements.class,
				ImportCommand.Context.class })
class ImportCommand {

	static final int REFUSED = 1;
	static final int FAILED = 3;

	abstract static class FileImport implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "FILE", description = "a CSV file in UTF-8 (with or without BOM)")
		Path file;

		@Option(names = "--report", paramLabel = "CSV", description = "also write the import's report to this file")
		Path reportFile;

		abstract ImportReport run(byte[] bytes, ProgressBars progress) throws IOException;

		@Override
		public Integer call() throws IOException {
			if (!Files.isRegularFile(file)) {
				System.err.println("No such file: " + file);
				return REFUSED;
			}
			ImportReport report;
			try (var progress = new ProgressBars()) {
				report = run(Files.readAllBytes(file), progress);
			}
			catch (ImportRejectedException e) {
				System.err.println("Refused, nothing was imported: " + e.getMessage());
				return REFUSED;
			}
			catch (NotFoundException e) {
				System.err.println("Refused, nothing was imported: " + e.getMessage());
				return REFUSED;
			}
			catch (RuntimeException e) {
				// the import ran in one transaction: whatever failed, the registry is as it was
				System.err.println("Failed, nothing was imported: " + e.getMessage());
				return FAILED;
			}
			System.out.println(report.summary());
			report.unresolved().stream().limit(10).forEach(p -> System.out.println(
					"  line " + p.line() + ": " + p.reason() + " (" + p.detail() + ")"));
			if (reportFile != null) {
				Files.writeString(reportFile, report.toCsv(), StandardCharsets.UTF_8);
				System.out.println("Report written to " + reportFile);
			}
			return 0;
		}
	}

	@Command(name = "twin-cities", mixinStandardHelpOptions = true,
			description = "Imports twin-city pairs (city1,country1,city2,country2) by entity resolution.")
	static class TwinCities extends FileImport {

		private final TwinCityImport importer;

		@Option(names = "--geocoded", paramLabel = "CSV",
				description = "the companion file with coordinates (city1,country1,lat1,lng1,city2,country2,lat2,lng2)")
		Path geocoded;

		@Option(names = "--source", defaultValue = "twin-cities", description = "the name this source is kept under")
		String source;

		TwinCities(TwinCityImport importer) {
			this.importer = importer;
		}

		@Override
		ImportReport run(byte[] bytes, ProgressBars progress) throws IOException {
			return importer.run(bytes, geocoded == null ? null : Files.readAllBytes(geocoded), source, progress);
		}
	}

	@Command(name = "partners", mixinStandardHelpOptions = true,
			description = "Imports a city government's official list of partners "
					+ "(partner,partner_country,partner_kind,relationship,date_of_affiliation).")
	static class Partners extends FileImport {

		private final OfficialListImport importer;

		@Option(names = "--city", required = true, description = "the slug of the city whose list this is, e.g. tokyo-jp")
		String city;

		@Option(names = "--source", description = "the name this source is kept under (default: the file name)")
		String source;

		Partners(OfficialListImport importer) {
			this.importer = importer;
		}

		@Override
		ImportReport run(byte[] bytes, ProgressBars progress) {
			return importer.run(bytes, city, source == null ? file.getFileName().toString() : source, progress);
		}
	}

	@Command(name = "agreements", mixinStandardHelpOptions = true,
			description = "Imports agreements and milestones (date,kind,title,parties,fields,note).")
	static class Agreements extends FileImport {

		private final AgreementImport importer;

		@Option(names = "--source", description = "the name this source is kept under (default: the file name)")
		String source;

		Agreements(AgreementImport importer) {
			this.importer = importer;
		}

		@Override
		ImportReport run(byte[] bytes, ProgressBars progress) {
			return importer.run(bytes, source == null ? file.getFileName().toString() : source, progress);
		}
	}

	@Command(name = "context", mixinStandardHelpOptions = true,
			description = "Imports a bilateral context timeline (date,kind,title) between two countries.")
	static class Context extends FileImport {

		private final ContextImport importer;

		@Option(names = "--countries", required = true, split = ",", arity = "2",
				description = "the two ISO country codes, e.g. JP,KR")
		String[] countries;

		@Option(names = "--source", description = "the name this source is kept under (default: the file name)")
		String source;

		Context(ContextImport importer) {
			this.importer = importer;
		}

		@Override
		ImportReport run(byte[] bytes, ProgressBars progress) {
			return importer.run(bytes, countries[0], countries[1],
					source == null ? file.getFileName().toString() : source, progress);
		}
	}
}
