/* Normalised values of fields: ISO 8601 dates and times, item numbers. */
#ifndef PK_NORMALIZE_H
#define PK_NORMALIZE_H

#include <stddef.h>

/*
 * Find a date in s[0..len): 2024-04-19, 19 april 2024, 19.4.2024.
 * Writes "YYYY-MM-DD" into out[11] and returns 0, or -1 if none.
 * A date that does not exist (2023-02-30) is not a date: -1.
 */
int	pk_norm_date(const char *s, size_t len, char out[11]);
/* Find a time 09:00, 9.00, 19,30 or kl. 9; writes "HH:MM" into out[6]. */
int	pk_norm_time(const char *s, size_t len, char out[6]);
/* Whether s[0..len) ends in a month's name, a word of its own ("… den
 * 23 oktober"). */
int	pk_norm_month_ends(const char *s, size_t len);
/* The first run of digits in s as a number, or -1. */
long	pk_norm_number(const char *s, size_t len);
/* Whether year-month-day exists in the Gregorian calendar. */
int	pk_date_exists(int year, int month, int day);

#endif
