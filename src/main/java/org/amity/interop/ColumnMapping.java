package org.amity.interop;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.amity.shared.Names;

/**
 * Which column of an uploaded table holds which field of a partner list. Kept with the draft between the wizard's
 * steps and remembered per source as text ({@code PARTNER=1;DATE=3}); a first guess comes from the header, in the
 * four languages official tables are written in.
 */
public record ColumnMapping(Map<Field, Integer> columns) {

	/** The fields a row of a partner list can give. */
	public enum Field {
		PARTNER, PARTNER_COUNTRY, PARTNER_KIND, TYPE, DATE, POPULATION, NOTES;

		boolean required() {
			return this == PARTNER || this == PARTNER_COUNTRY;
		}
	}

	/** Header words that name each field, folded with {@link Names#key}; a header containing one is guessed. */
	private static final Map<Field, List<String>> WORDS = Map.of(Field.PARTNER,
			List.of("partner", "sister city", "city", "자매도시", "결연도시", "교류도시", "도시명", "도시", "姉妹都市", "都市名",
					"都市", "提携先", "kota mitra", "kota kembar", "kota"),
			Field.PARTNER_COUNTRY, List.of("country", "nation", "국가", "나라", "국명", "国名", "国", "negara"),
			Field.PARTNER_KIND, List.of("kind", "level", "구분", "행정구역", "区分", "種別", "jenis"),
			Field.TYPE, List.of("relationship", "type", "결연형태", "결연종류", "관계", "유형", "提携区分", "関係", "hubungan",
					"tipe"),
			Field.DATE, List.of("date", "since", "signed", "year", "결연일자", "체결일", "체결연도", "결연일", "일자", "연도",
					"提携年月日", "提携日", "年月日", "締結", "tanggal", "tahun"),
			Field.POPULATION, List.of("population", "인구", "人口", "penduduk", "jumlah penduduk"),
			Field.NOTES, List.of("note", "remark", "comment", "비고", "내용", "備考", "catatan", "keterangan"));

	public ColumnMapping {
		columns = Map.copyOf(columns);
	}

	public Optional<Integer> column(Field field) {
		return Optional.ofNullable(columns.get(field));
	}

	public boolean maps(Field field, int column) {
		return Integer.valueOf(column).equals(columns.get(field));
	}

	public boolean isComplete() {
		return columns.containsKey(Field.PARTNER) && columns.containsKey(Field.PARTNER_COUNTRY);
	}

	/** The first guess from a header: each field takes the first column whose name contains one of its words. */
	static ColumnMapping guess(List<String> header) {
		var columns = new EnumMap<Field, Integer>(Field.class);
		var taken = new java.util.HashSet<Integer>();
		// the most specific fields first, so that "자매도시 국가" is the country and not the partner
		for (var field : List.of(Field.PARTNER_COUNTRY, Field.DATE, Field.TYPE, Field.POPULATION, Field.NOTES,
				Field.PARTNER_KIND, Field.PARTNER)) {
			outer: for (var word : WORDS.get(field)) {
				for (int i = 0; i < header.size(); i++) {
					if (!taken.contains(i) && Names.key(header.get(i)).contains(Names.key(word))) {
						columns.put(field, i);
						taken.add(i);
						break outer;
					}
				}
			}
		}
		return new ColumnMapping(columns);
	}

	/** Only columns that exist in this header are kept (a remembered mapping from a wider file). */
	ColumnMapping within(int width) {
		var kept = new EnumMap<Field, Integer>(Field.class);
		columns.forEach((field, column) -> {
			if (column >= 0 && column < width) {
				kept.put(field, column);
			}
		});
		return new ColumnMapping(kept);
	}

	String toText() {
		var out = new StringBuilder();
		var ordered = new EnumMap<Field, Integer>(Field.class);
		ordered.putAll(columns);
		ordered.forEach((field, column) -> {
			if (!out.isEmpty()) {
				out.append(';');
			}
			out.append(field.name()).append('=').append(column);
		});
		return out.toString();
	}

	static ColumnMapping parse(String text) {
		var columns = new EnumMap<Field, Integer>(Field.class);
		if (text != null) {
			for (var part : text.split(";")) {
				var pair = part.split("=", 2);
				if (pair.length == 2) {
					try {
						columns.put(Field.valueOf(pair[0].strip().toUpperCase(Locale.ROOT)), Integer.parseInt(pair[1].strip()));
					}
					catch (IllegalArgumentException e) {
						// a field that no longer exists is forgotten
					}
				}
			}
		}
		return new ColumnMapping(columns);
	}
}
