<?xml version="1.0" encoding="UTF-8"?>
<!--
  Minutes XML to Akoma Ntoso 3.0 (OASIS LegalDocML): a debate, FRBR
  identification from the meeting, the organ, parties, persons and roles
  as TLC references, a roll call with every participant's attendance,
  one debateSection per agenda item (num, heading, case number as
  docNumber, decisions as blocks, one per "att" clause), the signatures
  in the conclusions.  Parameters: lang, id-prefix, repository, country
  (the FRBR country, se), created (the manifestation's date; the meeting
  date by default, so the output is the same on every run).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:m="urn:protokoll:minutes:1"
    xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="m">

  <xsl:import href="lib/common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="country" select="'se'"/>
  <xsl:param name="created" select="''"/>

  <xsl:key name="party" match="m:person | m:signature" use="@party"/>

  <xsl:variable name="people" select="/m:minutes/m:front/m:participants
      [@group != 'adjusters']/m:person | /m:minutes/m:back/m:participants/m:person
      | /m:minutes/m:items/m:item/m:participants[@group != 'adjusters']/m:person"/>
  <!-- Those who sign but are not in the attendance. -->
  <xsl:variable name="signers" select="//m:signature[m:name]
      [not(normalize-space(m:name) = $people/m:name)]"/>

  <xsl:variable name="slug">
    <xsl:call-template name="slug"><xsl:with-param name="s" select="$organ"/></xsl:call-template>
  </xsl:variable>
  <xsl:variable name="date">
    <xsl:choose>
      <xsl:when test="$mt/@date"><xsl:value-of select="$mt/@date"/></xsl:when>
      <xsl:when test="$mt/@document-date"><xsl:value-of select="$mt/@document-date"/></xsl:when>
      <xsl:otherwise>1000-01-01</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="work" select="concat('/akn/', $country, '/debate/',
      $id-prefix, $slug, '/', $date)"/>

  <!-- Lower case, letters and digits only, words joined by '-'. -->
  <xsl:template name="slug">
    <xsl:param name="s"/>
    <xsl:value-of select="translate(normalize-space($s),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜ åäöéü,.()/:;',
        'abcdefghijklmnopqrstuvwxyzaaoeu-aaoeu')"/>
  </xsl:template>

  <xsl:template name="person-id">
    <xsl:param name="name"/>
    <xsl:variable name="p" select="$people[normalize-space(m:name) = $name][1]"/>
    <xsl:choose>
      <xsl:when test="$p">
        <xsl:value-of select="concat('p', count($p/preceding::m:person) + 1)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="s" select="$signers[normalize-space(m:name) = $name][1]"/>
        <xsl:value-of select="concat('s', count($s/preceding::m:signature) + 1)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="party-ref">
    <xsl:text>#party-</xsl:text>
    <xsl:call-template name="slug"><xsl:with-param name="s" select="@party"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="/m:minutes">
    <akomaNtoso>
      <debate name="protokoll">
        <meta>
          <identification source="#protokoll">
            <FRBRWork>
              <FRBRthis value="{$work}/main"/>
              <FRBRuri value="{$work}"/>
              <FRBRdate date="{$date}" name="meeting"/>
              <FRBRauthor href="#organ" as="#author"/>
              <FRBRcountry value="{$country}"/>
            </FRBRWork>
            <FRBRExpression>
              <FRBRthis value="{$work}/{$lang3}@/main"/>
              <FRBRuri value="{$work}/{$lang3}@"/>
              <xsl:choose>
                <xsl:when test="$adj/@date"><FRBRdate date="{$adj/@date}" name="adjustment"/></xsl:when>
                <xsl:otherwise><FRBRdate date="{$date}" name="meeting"/></xsl:otherwise>
              </xsl:choose>
              <FRBRauthor href="#organ" as="#author"/>
              <FRBRlanguage language="{$lang3}"/>
            </FRBRExpression>
            <FRBRManifestation>
              <FRBRthis value="{$work}/{$lang3}@/main.xml"/>
              <FRBRuri value="{$work}/{$lang3}@.akn"/>
              <xsl:choose>
                <xsl:when test="$created != ''"><FRBRdate date="{$created}" name="transform"/></xsl:when>
                <xsl:otherwise><FRBRdate date="{$date}" name="meeting"/></xsl:otherwise>
              </xsl:choose>
              <FRBRauthor href="#protokoll" as="#editor"/>
            </FRBRManifestation>
          </identification>
          <references source="#protokoll">
            <TLCOrganization eId="organ" href="/ontology/organization/{$country}/{$slug}" showAs="{$creator}"/>
            <xsl:for-each select="(//m:person | //m:signature)[@party][generate-id() = generate-id(key('party', @party)[1])]">
              <xsl:sort select="@party"/>
              <xsl:variable name="ps"><xsl:call-template name="slug"><xsl:with-param name="s" select="@party"/></xsl:call-template></xsl:variable>
              <TLCOrganization eId="party-{$ps}" href="/ontology/organization/{$country}/party/{$ps}" showAs="{@party}"/>
            </xsl:for-each>
            <TLCOrganization eId="protokoll" href="/ontology/organization/protokoll" showAs="protokoll"/>
            <xsl:for-each select="$people">
              <xsl:variable name="n" select="normalize-space(m:name)"/>
              <TLCPerson eId="p{count(preceding::m:person) + 1}" showAs="{$n}">
                <xsl:attribute name="href">/ontology/person/<xsl:call-template name="slug"><xsl:with-param name="s" select="$n"/></xsl:call-template></xsl:attribute>
              </TLCPerson>
            </xsl:for-each>
            <xsl:for-each select="$signers">
              <xsl:variable name="n" select="normalize-space(m:name)"/>
              <TLCPerson eId="s{count(preceding::m:signature) + 1}" showAs="{$n}">
                <xsl:attribute name="href">/ontology/person/<xsl:call-template name="slug"><xsl:with-param name="s" select="$n"/></xsl:call-template></xsl:attribute>
              </TLCPerson>
            </xsl:for-each>
            <!-- Each group once: a list may come in two parts. -->
            <xsl:for-each select="(/m:minutes/*/m:participants/@group)[not(. = ../preceding::m:participants/@group)]">
              <TLCRole eId="{.}" href="/ontology/role/{.}" showAs="{.}"/>
            </xsl:for-each>
            <xsl:for-each select="(//m:person/@role | //m:signature/@role)[not(. = ../../@group)]">
              <xsl:if test="not(. = (preceding::m:person/@role | preceding::m:signature/@role | ../preceding-sibling::*/@role))">
                <TLCRole eId="role-{.}" href="/ontology/role/{.}" showAs="{.}"/>
              </xsl:if>
            </xsl:for-each>
            <TLCRole eId="author" href="/ontology/role/author" showAs="author"/>
            <TLCRole eId="editor" href="/ontology/role/editor" showAs="editor"/>
            <xsl:if test="$mt/@place">
              <TLCLocation eId="place" href="/ontology/location/{$country}/{$slug}/place" showAs="{$mt/@place}"/>
            </xsl:if>
          </references>
        </meta>
        <preface>
          <p><docProponent refersTo="#organ"><xsl:value-of select="$creator"/></docProponent><xsl:text> </xsl:text><docTitle><xsl:value-of select="$kind"/></docTitle></p>
          <xsl:if test="$mt/@date or $mt/@place">
            <p>
              <xsl:if test="$mt/@place"><location refersTo="#place"><xsl:value-of select="$mt/@place"/></location><xsl:text> </xsl:text></xsl:if>
              <xsl:if test="$mt/@date"><docDate date="{$mt/@date}"><xsl:value-of select="$mt/@date"/></docDate></xsl:if>
              <xsl:if test="$mt/@start"> kl. <time time="{$mt/@start}:00"><xsl:value-of select="$mt/@start"/></time></xsl:if>
              <xsl:if test="$mt/@end">–<time time="{$mt/@end}:00"><xsl:value-of select="$mt/@end"/></time></xsl:if>
            </p>
          </xsl:if>
        </preface>
        <debateBody>
          <xsl:if test="(m:front | m:back)/m:participants/m:person">
            <rollCall eId="rollcall">
              <xsl:apply-templates select="(m:front | m:back)/m:participants"/>
            </rollCall>
          </xsl:if>
          <xsl:apply-templates select="m:items/m:item"/>
          <xsl:if test="not(m:items/m:item | (m:front | m:back)/m:participants/m:person)">
            <debateSection name="other" eId="dbsect_1"><p/></debateSection>
          </xsl:if>
        </debateBody>
        <xsl:if test="//m:signature[m:name]">
          <conclusions>
            <xsl:for-each select="//m:signature[m:name]">
              <p>
                <signature>
                  <!-- AKN's role must refer to a role: a label without
                       one ("Justeras") is text before the person. -->
                  <xsl:choose>
                    <xsl:when test="(m:role | m:label) and @role">
                      <role refersTo="#role-{@role}">
                        <xsl:value-of select="normalize-space((m:role | m:label)[last()])"/>
                      </role>
                      <xsl:text> </xsl:text>
                    </xsl:when>
                    <xsl:when test="m:role | m:label">
                      <xsl:value-of select="normalize-space((m:role | m:label)[last()])"/>
                      <xsl:text> </xsl:text>
                    </xsl:when>
                  </xsl:choose>
                  <person>
                    <xsl:attribute name="refersTo">#<xsl:call-template name="person-id"><xsl:with-param name="name" select="normalize-space(m:name)"/></xsl:call-template></xsl:attribute>
                    <xsl:value-of select="normalize-space(m:name)"/>
                  </person>
                  <xsl:if test="@party"> (<xsl:value-of select="@party"/>)</xsl:if>
                </signature>
              </p>
            </xsl:for-each>
          </conclusions>
        </xsl:if>
      </debate>
    </akomaNtoso>
  </xsl:template>

  <!-- The roll call: every participant, with attendance. -->
  <xsl:template match="m:participants">
    <xsl:for-each select="m:person">
      <p class="{@attendance}">
        <xsl:if test="position() = 1"><xsl:value-of select="normalize-space(../m:label)"/>: </xsl:if>
        <person>
          <xsl:attribute name="refersTo">#<xsl:call-template name="person-id"><xsl:with-param name="name" select="normalize-space(m:name)"/></xsl:call-template></xsl:attribute>
          <xsl:attribute name="as">
            <xsl:choose>
              <xsl:when test="@role">#role-<xsl:value-of select="@role"/></xsl:when>
              <xsl:otherwise>#<xsl:value-of select="../@group"/></xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:value-of select="normalize-space(m:name)"/>
        </person>
        <xsl:if test="@party">
          <xsl:text> (</xsl:text>
          <organization><xsl:attribute name="refersTo"><xsl:call-template name="party-ref"/></xsl:attribute><xsl:value-of select="@party"/></organization>
          <xsl:text>)</xsl:text>
        </xsl:if>
        <xsl:if test="m:role | m:title | m:affiliation">
          <xsl:value-of select="concat(', ', normalize-space(m:role | m:title | m:affiliation))"/>
        </xsl:if>
        <xsl:value-of select="concat(', ', @attendance)"/>
        <xsl:if test="@remote = 'true'">, remote</xsl:if>
      </p>
    </xsl:for-each>
  </xsl:template>

  <!-- One agenda item. -->
  <xsl:template match="m:item">
    <debateSection name="item" eId="dbsect_{position()}">
      <num><xsl:call-template name="item-label"/></num>
      <heading><xsl:call-template name="item-title"/></heading>
      <xsl:for-each select="m:cases/m:case | m:head/m:case">
        <p><docNumber><xsl:value-of select="normalize-space(.)"/></docNumber></p>
      </xsl:for-each>
      <xsl:apply-templates select="*[not(self::m:head or self::m:cases)]"/>
      <xsl:if test="not(*[not(self::m:head or self::m:cases)]) and not(m:cases)"><p/></xsl:if>
    </debateSection>
  </xsl:template>

  <xsl:template match="m:section">
    <blockContainer class="{@type}">
      <xsl:if test="m:heading"><p class="heading"><xsl:value-of select="normalize-space(m:heading)"/></p></xsl:if>
      <xsl:apply-templates select="*[not(self::m:heading)]"/>
      <xsl:if test="not(*)"><p/></xsl:if>
    </blockContainer>
  </xsl:template>

  <xsl:template match="m:decision">
    <xsl:for-each select="m:p | m:clause | m:list/m:li">
      <block name="beslut"><xsl:value-of select="normalize-space(.)"/></block>
    </xsl:for-each>
    <xsl:for-each select="m:table"><xsl:apply-templates select="."/></xsl:for-each>
  </xsl:template>

  <xsl:template match="m:p | m:item/m:field">
    <p><xsl:value-of select="normalize-space(.)"/></p>
  </xsl:template>

  <xsl:template match="m:list">
    <blockList>
      <xsl:for-each select="m:li">
        <item><p><xsl:value-of select="normalize-space(.)"/></p></item>
      </xsl:for-each>
    </blockList>
  </xsl:template>

  <xsl:template match="m:table">
    <table>
      <xsl:for-each select="m:row">
        <tr>
          <xsl:for-each select="m:cell">
            <td><p><xsl:value-of select="normalize-space(.)"/></p></td>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>
</xsl:stylesheet>
