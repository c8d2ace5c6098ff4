/*
 * Danish minutes: the dates Danish writes, and the two fixtures of our
 * own writing (an association's generalforsamling referat and a
 * committee's beslutningsprotokol), as text and as the PDF LibreOffice
 * makes of each.  Each fact was read off the document by a person, not
 * copied from the program's output.
 */
#include "extracting.h"
#include "../../pipeline/normalize.h"

/* "20. marts 2025" (Norwegian "mars") and "09-04-2025". */
Test(lang_da, danish_dates)
{
	char out[11];

	cr_assert_eq(pk_norm_date("20. marts 2025", 14, out), 0);
	cr_assert_str_eq(out, "2025-03-20");
	cr_assert_eq(pk_norm_date("torsdag den 1. maj 2025", 23, out), 0);
	cr_assert_str_eq(out, "2025-05-01");
	cr_assert_eq(pk_norm_date("09-04-2025", 10, out), 0);
	cr_assert_str_eq(out, "2025-04-09");
	/* Not a date: an archive number. */
	cr_assert_eq(pk_norm_date("27-04-202", 9, out), -1);
	/* The ISO form is still read as year first. */
	cr_assert_eq(pk_norm_date("2025-04-09", 10, out), 0);
	cr_assert_str_eq(out, "2025-04-09");
}
