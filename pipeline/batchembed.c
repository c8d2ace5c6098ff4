/*
 * pk-batch's documents embedded in PDFs: each PDF, DOCX or ODT file a
 * PDF of the batch embeds (pdfembed.h) becomes a document of its own,
 * named FILE#NAME.  The PDF is opened in a child process, as every
 * document is converted in one: a PDF that crashes MuPDF must not take
 * the batch with it.
 */
#include <sys/wait.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "batch.h"
#include "io.h"
#include "pdfembed.h"

/*
 * In the child: the names of path's embedded documents, one a line,
 * onto fd, "cover" first when its pages are only a portfolio's cover.
 */
static void
list_child(int fd, const char *path, const struct pk_extract_opts *opt,
    size_t max_size)
{
	struct pk_embedded_list	 list;
	struct pk_buf		 data = { 0 };
	struct pk_diag		 quiet;
	FILE			*fp;
	size_t			 i, ndocs = 0;

	pk_diag_init(&quiet, "pk-batch", NULL);
	if ((fp = fdopen(fd, "w")) == NULL ||
	    pk_io_read(path, max_size, &data, &quiet) == -1 ||
	    data.len == 0 ||
	    pk_extract_detect(data.data, data.len) != PK_FMT_PDF ||
	    pk_pdfembed_list(data.data, data.len, opt, max_size, &list,
	    &quiet) == -1)
		_exit(0);
	for (i = 0; i < list.n; i++)
		ndocs += pk_pdfembed_is_document(&list.v[i]);
	if (list.portfolio && ndocs > 0)
		fputs("cover\n", fp);
	for (i = 0; i < list.n; i++)
		if (pk_pdfembed_is_document(&list.v[i]))
			fprintf(fp, "doc %s\n", list.v[i].name);
	fclose(fp);
	_exit(0);
}

int
pk_batch_embedded(struct pk_doclist *docs, const struct pk_extract_opts *opt,
    size_t max_size)
{
	size_t	 i, n = docs->n, len;
	char	 line[4096];
	FILE	*fp;
	pid_t	 pid;
	int	 fds[2], st, rc = 0;

	for (i = 0; i < n && rc == 0; i++) {
		len = strlen(docs->v[i].path);
		/* A PDF by its name: the tree's walk took it by name too. */
		if (len < 4 || strcasecmp(docs->v[i].path + len - 4, ".pdf")
		    != 0 || pipe(fds) == -1)
			continue;
		fflush(NULL);
		if ((pid = fork()) == -1) {
			close(fds[0]);
			close(fds[1]);
			return -1;
		}
		if (pid == 0) {
			close(fds[0]);
			list_child(fds[1], docs->v[i].path, opt, max_size);
		}
		close(fds[1]);
		if ((fp = fdopen(fds[0], "r")) == NULL) {
			close(fds[0]);
			rc = -1;
		} else {
			while (fgets(line, sizeof(line), fp) != NULL) {
				line[strcspn(line, "\n")] = '\0';
				if (strcmp(line, "cover") == 0)
					docs->v[i].cover = 1;
				else if (strncmp(line, "doc ", 4) == 0 &&
				    pk_doclist_add_embedded(docs, i, line + 4)
				    == -1)
					rc = -1;
			}
			fclose(fp);
		}
		while (waitpid(pid, &st, 0) == -1)
			;
	}
	/* A portfolio's cover is no minutes: its documents stand for it. */
	for (i = n = 0; i < docs->n; i++)
		if (docs->v[i].cover) {
			free(docs->v[i].path);
			free(docs->v[i].rel);
			free(docs->v[i].embedded);
		} else
			docs->v[n++] = docs->v[i];
	docs->n = n;
	return rc;
}

int
pk_batch_embedded_data(const struct pk_doc *doc, const char *data,
    size_t len, const struct pk_extract_opts *opt, size_t max_size,
    struct pk_buf *out)
{
	struct pk_embedded_list	 list;
	struct pk_diag		 quiet;
	size_t			 i;
	int			 rc = -1;

	pk_diag_init(&quiet, "pk-batch", NULL);
	if (pk_pdfembed_list(data, len, opt, max_size, &list, &quiet) == -1)
		return -1;
	for (i = 0; i < list.n && rc == -1; i++)
		if (strcmp(list.v[i].name, doc->embedded) == 0 &&
		    pk_pdfembed_is_document(&list.v[i]))
			rc = pk_buf_put(out, list.v[i].data, list.v[i].len);
	pk_pdfembed_free(&list);
	return rc;
}
