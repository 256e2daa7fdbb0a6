/* regerror: glibc's message for each error code. */
#include <regex.h>
#include <string.h>

static const char *const messages[] = {
	"Success",
	"No match",
	"Invalid regular expression",
	"Invalid collation character",
	"Invalid character class name",
	"Trailing backslash",
	"Invalid back reference",
	"Unmatched [, [^, [:, [., or [=",
	"Unmatched ( or \\(",
	"Unmatched \\{",
	"Invalid content of \\{\\}",
	"Invalid range end",
	"Memory exhausted",
	"Invalid preceding regular expression",
	"Premature end of regular expression",
	"Regular expression too big",
	"Unmatched ) or \\)",
};

/* The length of the whole message with its NUL; errbuf gets what fits. */
size_t regerror(int errcode, const regex_t *__restrict preg,
		char *__restrict errbuf, size_t errbuf_size)
{
	const char *msg = "Unknown error";
	size_t len;

	if (errcode >= 0 && errcode < (int)(sizeof messages / sizeof messages[0]))
		msg = messages[errcode];
	len = strlen(msg) + 1;
	if (errbuf && errbuf_size) {
		size_t n = len < errbuf_size ? len - 1 : errbuf_size - 1;

		memcpy(errbuf, msg, n);
		errbuf[n] = 0;
	}
	return len;
}
