<?xml version="1.0" encoding="UTF-8"?>
<!--
  Minutes XML to E-ARK CITS ERMS 3.0 (= FGS Ärendehantering 2.0), the
  minutes as the registry sees them: each case number becomes a case-file
  aggregation whose record is the extract (the item and its decisions),
  part of the minutes, which are a record of their own in a file
  aggregation, with the decision dates and the signatories as agents.
  Parameters: lang, id-prefix, repository, created (the record's
  creation time, an xs:dateTime; the meeting's date and start by default,
  so the output is the same on every run).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:m="urn:protokoll:minutes:1"
    xmlns="https://DILCIS.eu/XML/ERMS"
    exclude-result-prefixes="m">

  <xsl:import href="lib/common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="created" select="''"/>

  <!-- The meeting as an xs:dateTime: its date, at its start. -->
  <xsl:variable name="when">
    <xsl:choose>
      <xsl:when test="$mt/@date and $mt/@start"><xsl:value-of select="concat($mt/@date, 'T', $mt/@start, ':00')"/></xsl:when>
      <xsl:when test="$mt/@date"><xsl:value-of select="concat($mt/@date, 'T00:00:00')"/></xsl:when>
      <xsl:when test="$mt/@document-date"><xsl:value-of select="concat($mt/@document-date, 'T00:00:00')"/></xsl:when>
      <xsl:otherwise>1000-01-01T00:00:00</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="minutes-id" select="concat('rec-', $meeting-id)"/>

  <xsl:template match="/m:minutes">
    <erms>
      <control>
        <identification identificationType="system">protokoll</identification>
        <maintenanceInformation>
          <maintenanceStatus value="new"/>
          <maintenanceAgency>
            <agencyName>
              <xsl:choose>
                <xsl:when test="$repository != ''"><xsl:value-of select="$repository"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$creator"/></xsl:otherwise>
              </xsl:choose>
            </agencyName>
          </maintenanceAgency>
          <maintenanceHistory>
            <maintenanceEvent>
              <eventType value="created"/>
              <eventDateTime>
                <xsl:choose>
                  <xsl:when test="$created != ''"><xsl:value-of select="$created"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$when"/></xsl:otherwise>
                </xsl:choose>
              </eventDateTime>
              <agent agentType="creator"><name>protokoll</name></agent>
            </maintenanceEvent>
          </maintenanceHistory>
        </maintenanceInformation>
      </control>
      <aggregations>
        <xsl:apply-templates select="m:items/m:item/m:cases/m:case | m:items/m:item/m:head/m:case"/>
        <aggregation systemIdentifier="agg-{$meeting-id}" aggregationType="file">
          <objectId><xsl:value-of select="$meeting-id"/></objectId>
          <title><xsl:value-of select="concat($kind, ', ', $creator)"/></title>
          <record systemIdentifier="{$minutes-id}">
            <objectId><xsl:value-of select="$meeting-id"/></objectId>
            <title><xsl:value-of select="$title"/></title>
            <agents>
              <xsl:call-template name="creator"/>
              <xsl:for-each select="//m:signature[m:name]">
                <agent>
                  <xsl:attribute name="agentType">
                    <xsl:choose>
                      <xsl:when test="@role = 'chair'">main_signatory</xsl:when>
                      <xsl:otherwise>other_signatory</xsl:otherwise>
                    </xsl:choose>
                  </xsl:attribute>
                  <name><xsl:value-of select="normalize-space(m:name)"/></name>
                  <xsl:if test="m:role | m:label">
                    <role><xsl:value-of select="normalize-space((m:role | m:label)[last()])"/></role>
                  </xsl:if>
                </agent>
              </xsl:for-each>
            </agents>
            <dates>
              <date dateType="created"><xsl:value-of select="$when"/></date>
            </dates>
          </record>
        </aggregation>
      </aggregations>
    </erms>
  </xsl:template>

  <xsl:template name="creator">
    <agent agentType="creator">
      <name><xsl:value-of select="$organ"/></name>
      <xsl:if test="$mt/@organization and $mt/@body">
        <organisation><xsl:value-of select="$mt/@organization"/></organisation>
      </xsl:if>
    </agent>
  </xsl:template>

  <!-- A case: its aggregation, holding the extract of the minutes. -->
  <xsl:template match="m:case">
    <xsl:variable name="item" select="ancestor::m:item"/>
    <xsl:variable name="label"><xsl:call-template name="item-label"><xsl:with-param name="item" select="$item"/></xsl:call-template></xsl:variable>
    <xsl:variable name="id" select="concat($meeting-id, '-', count(preceding::m:case) + 1)"/>
    <aggregation systemIdentifier="agg-{$id}" aggregationType="caseFile">
      <objectId><xsl:value-of select="normalize-space(.)"/></objectId>
      <title><xsl:call-template name="item-title"><xsl:with-param name="item" select="$item"/></xsl:call-template></title>
      <record systemIdentifier="rec-{$id}-extract">
        <objectId><xsl:value-of select="concat(normalize-space(.), ' ', $label)"/></objectId>
        <title><xsl:value-of select="concat('Protokollsutdrag, ', $organ, ' ', $mt/@date, ' ', $label)"/></title>
        <relation relationType="part_of"><xsl:value-of select="$minutes-id"/></relation>
        <agents>
          <xsl:call-template name="creator"/>
        </agents>
        <xsl:if test="$item//m:decision">
          <description>
            <xsl:for-each select="$item//m:decision">
              <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
              <xsl:text>Beslut: </xsl:text>
              <xsl:call-template name="decision-text"/>
            </xsl:for-each>
          </description>
        </xsl:if>
        <dates>
          <date dateType="decision"><xsl:value-of select="$when"/></date>
        </dates>
      </record>
    </aggregation>
  </xsl:template>
</xsl:stylesheet>
