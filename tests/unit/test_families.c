/*
 * Rules of a layout family that must hold for any document of it, not
 * only for the devset's: names with initials and particles, other
 * organs, parties, dates and case numbers.  Each snippet was written
 * for its test; the expected values are read off the snippet.
 */
#include "helpers.h"

#define HEAD(file) "---\nfile: " file "\nformat: docx\npages: 1\n---\n"

/* An English committee's Present list: a middle initial is part of
 * the name, not its end. */
Test(families, english_middle_initial_is_part_of_the_name)
{
	xmlDocPtr d = segment_paged_text(HEAD("e.docx")
	    "**Wealden District Council**\n\nLicensing Committee\n\nMinutes\n\n"
	    "**Date:**\tMonday 2 June 2025\n**Time:**\t7.00 pm\n"
	    "**Venue:**\tCouncil Chamber, Civic Centre, Crowborough\n\n"
	    "**Present:**\n\n"
	    "Councillor Fiona R. Abernethy\tChair\n"
	    "Councillor Tobias Kavanagh\tVice-Chairman\n"
	    "Councillor J. Threlfall\t\n\n"
	    "1\tApologies for absence\n\nThere were none.\n\n"
	    "2\tMinutes\n\nRESOLVED that the minutes be approved.\n");

	assert_xstr(d, "(//m:person)[1]/m:name", "Fiona R. Abernethy");
	assert_xstr(d, "(//m:person)[1]/@role", "chair");
	assert_xstr(d, "(//m:person)[3]/m:name", "J. Threlfall");
	assert_xnum(d, "count(//m:person)", 3);
	xmlFreeDoc(d);
}

