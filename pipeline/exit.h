/* Exit statuses shared by every protokoll program (see the man pages). */
#ifndef PK_EXIT_H
#define PK_EXIT_H

#define PK_EXIT_OK	0	/* every input converted */
#define PK_EXIT_INPUT	1	/* some input rejected; the rest processed */
#define PK_EXIT_USAGE	2	/* usage error; nothing read */
#define PK_EXIT_SYSTEM	3	/* I/O, memory, failed write */
#define PK_EXIT_BUSY	4	/* pk-batch: another run holds OUTDIR */
#define PK_EXIT_REVIEW	5	/* pk-batch --strict: converted, some to
				 * review, none failed */

#endif
