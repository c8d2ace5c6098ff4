<?xml version="1.0" encoding="UTF-8"?>
<!--
  Minutes XML to one OAI-PMH oai_dc record per meeting (simple Dublin
  Core), for harvesting.  Parameters: lang, id-prefix, repository.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:m="urn:protokoll:minutes:1"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="m">

  <xsl:import href="lib/common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/m:minutes">
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <dc:title xml:lang="{$language}"><xsl:value-of select="$title"/></dc:title>
      <dc:creator><xsl:value-of select="$creator"/></dc:creator>
      <xsl:if test="$mt/@date">
        <dc:date><xsl:value-of select="$mt/@date"/></dc:date>
      </xsl:if>
      <dc:type>Text</dc:type>
      <dc:type xml:lang="{$language}"><xsl:value-of select="$kind"/></dc:type>
      <dc:identifier><xsl:value-of select="$meeting-id"/></dc:identifier>
      <dc:language><xsl:value-of select="$language"/></dc:language>
      <xsl:if test="$mt/@place">
        <dc:coverage><xsl:value-of select="$mt/@place"/></dc:coverage>
      </xsl:if>
      <xsl:for-each select="(m:front | m:back | m:items/m:item)/m:participants[@group != 'adjusters']/m:person[@attendance = 'present']">
        <dc:contributor><xsl:call-template name="person-line"/></dc:contributor>
      </xsl:for-each>
      <xsl:for-each select="m:items/m:item">
        <dc:subject>
          <xsl:call-template name="item-label"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="item-title"/>
        </dc:subject>
      </xsl:for-each>
      <xsl:for-each select="m:items/m:item/m:cases/m:case | m:items/m:item/m:head/m:case">
        <dc:relation><xsl:value-of select="normalize-space(.)"/></dc:relation>
      </xsl:for-each>
      <xsl:for-each select="m:items/m:item[.//m:decision]">
        <dc:description>
          <xsl:call-template name="item-label"/>
          <xsl:text>: </xsl:text>
          <xsl:for-each select=".//m:decision">
            <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
            <xsl:call-template name="decision-text"/>
          </xsl:for-each>
        </dc:description>
      </xsl:for-each>
      <xsl:if test="m:source/@file">
        <dc:source><xsl:value-of select="m:source/@file"/></dc:source>
      </xsl:if>
      <xsl:if test="$repository != ''">
        <dc:publisher><xsl:value-of select="$repository"/></dc:publisher>
      </xsl:if>
    </oai_dc:dc>
  </xsl:template>
</xsl:stylesheet>
