<?xml version="1.0" encoding="UTF-8"?>
<!--
  Minutes XML to an EAD3 1.1 finding aid: the minutes as one file-level
  component (c level="file") in a series, one item-level component per
  agenda item with its number and case number as unitids, its title and
  date, and its decisions and reservations as typed odd; attendance and
  signatures as typed odd with persnames.
  Parameters: lang, id-prefix, repository, and for the collection-level
  description: fonds (the series' title), reference-code (its unitid),
  created (the record's creation time; none by default, so the output
  is the same on every run).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:m="urn:protokoll:minutes:1"
    xmlns="http://ead3.archivists.org/schema/"
    exclude-result-prefixes="m">

  <xsl:import href="lib/common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="fonds" select="''"/>
  <xsl:param name="reference-code" select="''"/>
  <xsl:param name="created" select="''"/>

  <!-- EAD takes ISO 639-2/B: German is ger, not deu. -->
  <xsl:variable name="langcode">
    <xsl:choose>
      <xsl:when test="$lang3 = 'deu'">ger</xsl:when>
      <xsl:when test="$lang3 = 'fra'">fre</xsl:when>
      <xsl:when test="$lang3 = 'nld'">dut</xsl:when>
      <xsl:otherwise><xsl:value-of select="$lang3"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="series">
    <xsl:choose>
      <xsl:when test="$fonds != ''"><xsl:value-of select="$fonds"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($creator, ': ', $kind)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/m:minutes">
    <ead audience="external">
      <control>
        <recordid>
          <xsl:choose>
            <xsl:when test="$reference-code != ''"><xsl:value-of select="concat($reference-code, '/', $meeting-id)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$meeting-id"/></xsl:otherwise>
          </xsl:choose>
        </recordid>
        <filedesc>
          <titlestmt>
            <titleproper><xsl:value-of select="$title"/></titleproper>
          </titlestmt>
        </filedesc>
        <maintenancestatus value="new"/>
        <maintenanceagency>
          <agencyname>
            <xsl:choose>
              <xsl:when test="$repository != ''"><xsl:value-of select="$repository"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$creator"/></xsl:otherwise>
            </xsl:choose>
          </agencyname>
        </maintenanceagency>
        <languagedeclaration>
          <language langcode="{$langcode}"><xsl:value-of select="$language"/></language>
          <script scriptcode="Latn">Latin</script>
        </languagedeclaration>
        <maintenancehistory>
          <maintenanceevent>
            <eventtype value="created"/>
            <xsl:choose>
              <xsl:when test="$created != ''">
                <eventdatetime standarddatetime="{$created}"><xsl:value-of select="$created"/></eventdatetime>
              </xsl:when>
              <xsl:otherwise>
                <eventdatetime>not recorded</eventdatetime>
              </xsl:otherwise>
            </xsl:choose>
            <agenttype value="machine"/>
            <agent>protokoll, rule profile <xsl:value-of select="m:source/@profile"/></agent>
          </maintenanceevent>
        </maintenancehistory>
      </control>
      <archdesc level="series">
        <did>
          <xsl:if test="$reference-code != ''">
            <unitid><xsl:value-of select="$reference-code"/></unitid>
          </xsl:if>
          <unittitle><xsl:value-of select="$series"/></unittitle>
          <origination>
            <corpname><part><xsl:value-of select="$creator"/></part></corpname>
          </origination>
        </did>
        <dsc>
          <xsl:call-template name="file"/>
        </dsc>
      </archdesc>
    </ead>
  </xsl:template>

  <!-- The meeting. -->
  <xsl:template name="file">
    <c level="file">
      <xsl:attribute name="id"><xsl:value-of select="$meeting-id"/></xsl:attribute>
      <did>
        <unitid><xsl:value-of select="$meeting-id"/></unitid>
        <unittitle><xsl:value-of select="$title"/></unittitle>
        <xsl:call-template name="date"/>
        <xsl:if test="m:source/@pages">
          <physdesc><xsl:value-of select="concat(m:source/@pages, ' s.')"/></physdesc>
        </xsl:if>
      </did>
      <xsl:if test="$mt/@place">
        <odd localtype="plats">
          <p><geogname><part><xsl:value-of select="$mt/@place"/></part></geogname></p>
        </odd>
      </xsl:if>
      <xsl:for-each select="(m:front | m:back | m:items/m:item)/m:participants[m:person]">
        <odd localtype="{@group}">
          <head><xsl:value-of select="normalize-space(m:label)"/></head>
          <list listtype="unordered">
            <xsl:for-each select="m:person">
              <item>
                <persname localtype="{@attendance}">
                  <xsl:if test="@role or m:role">
                    <xsl:attribute name="relator">
                      <xsl:choose>
                        <xsl:when test="@role"><xsl:value-of select="@role"/></xsl:when>
                        <xsl:otherwise><xsl:value-of select="normalize-space(m:role)"/></xsl:otherwise>
                      </xsl:choose>
                    </xsl:attribute>
                  </xsl:if>
                  <part localtype="namn"><xsl:value-of select="normalize-space(m:name)"/></part>
                  <xsl:if test="@party"><part localtype="parti"><xsl:value-of select="@party"/></part></xsl:if>
                  <xsl:if test="m:title | m:affiliation"><part localtype="titel"><xsl:value-of select="normalize-space(m:title | m:affiliation)"/></part></xsl:if>
                </persname>
                <xsl:if test="@remote = 'true'"> (<xsl:value-of select="normalize-space(m:remote)"/>)</xsl:if>
              </item>
            </xsl:for-each>
          </list>
        </odd>
      </xsl:for-each>
      <!-- Signatures without a name (a line to sign on) list nothing. -->
      <xsl:if test="//m:signature[m:name]">
        <odd localtype="justering">
          <head>Underskrifter</head>
          <list listtype="unordered">
            <xsl:for-each select="//m:signature[m:name]">
              <item>
                <persname>
                  <xsl:if test="@role"><xsl:attribute name="relator"><xsl:value-of select="@role"/></xsl:attribute></xsl:if>
                  <part localtype="namn"><xsl:value-of select="normalize-space(m:name)"/></part>
                  <xsl:if test="@party"><part localtype="parti"><xsl:value-of select="@party"/></part></xsl:if>
                </persname>
              </item>
            </xsl:for-each>
          </list>
          <xsl:if test="$adj/@date">
            <p>Justerat <date normal="{translate($adj/@date, '-', '')}"><xsl:value-of select="$adj/@date"/></date>
              <xsl:if test="$adj/@place"><xsl:value-of select="concat(', ', $adj/@place)"/></xsl:if></p>
          </xsl:if>
        </odd>
      </xsl:if>
      <xsl:apply-templates select="m:items/m:item"/>
    </c>
  </xsl:template>

  <xsl:template name="date">
    <xsl:if test="$mt/@date">
      <unitdatestructured>
        <datesingle standarddate="{$mt/@date}">
          <xsl:value-of select="$mt/@date"/>
          <xsl:if test="$mt/@start"><xsl:value-of select="concat(', kl. ', $mt/@start, '–', $mt/@end)"/></xsl:if>
        </datesingle>
      </unitdatestructured>
    </xsl:if>
  </xsl:template>

  <!-- One agenda item. -->
  <xsl:template match="m:item">
    <c level="item">
      <xsl:attribute name="id"><xsl:value-of select="concat($meeting-id, '-', position())"/></xsl:attribute>
      <did>
        <unitid localtype="paragraf"><xsl:call-template name="item-label"/></unitid>
        <xsl:for-each select="m:cases/m:case | m:head/m:case">
          <unitid localtype="diarienummer"><xsl:value-of select="normalize-space(.)"/></unitid>
        </xsl:for-each>
        <unittitle><xsl:call-template name="item-title"/></unittitle>
        <xsl:call-template name="date"/>
      </did>
      <xsl:for-each select="m:section[@type = 'decision']">
        <odd localtype="beslut">
          <xsl:for-each select="m:decision/m:p">
            <p><xsl:value-of select="normalize-space(.)"/></p>
          </xsl:for-each>
          <xsl:if test="m:decision/m:clause | m:decision/m:list">
            <list listtype="unordered">
              <xsl:for-each select="m:decision/m:clause | m:decision/m:list/m:li">
                <item><xsl:value-of select="normalize-space(.)"/></item>
              </xsl:for-each>
            </list>
          </xsl:if>
          <xsl:if test="not(m:decision/*)"><p/></xsl:if>
        </odd>
      </xsl:for-each>
      <xsl:for-each select="m:section[@type = 'reservation' or @type = 'send-to' or @type = 'responsible']">
        <odd localtype="{@type}">
          <xsl:for-each select="m:p | m:list/m:li">
            <p><xsl:value-of select="normalize-space(.)"/></p>
          </xsl:for-each>
          <xsl:if test="not(m:p | m:list/m:li)"><p/></xsl:if>
        </odd>
      </xsl:for-each>
    </c>
  </xsl:template>
</xsl:stylesheet>
