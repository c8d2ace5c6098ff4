/* The one version string of the toolkit and of the minutes model. */
#ifndef PK_VERSION_H
#define PK_VERSION_H

#define PK_VERSION	"0.1.0"
/* Change together with schemas/minutes.xsd and docs/model.md. */
#define PK_MINUTES_NS	"urn:protokoll:minutes:1"
#define PK_MINUTES_VERSION	"1.0"

#endif
