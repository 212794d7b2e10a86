namespace Mdm.DataSamples.Data;

/// <summary>Given names by sex, most popular first (US-weighted, with names of many origins).</summary>
internal static class GivenNames
{
    private static readonly RankedList<string> Male = new(
        WordList.Words(
            """
            James, Michael, Robert, John, David, William, Richard, Joseph, Thomas, Christopher, Charles,
            Daniel, Matthew, Anthony, Mark, Donald, Steven, Andrew, Paul, Joshua, Kenneth, Kevin, Brian,
            George, Timothy, Ronald, Jason, Edward, Jeffrey, Ryan, Jacob, Gary, Nicholas, Eric, Jonathan,
            Stephen, Larry, Justin, Scott, Brandon, Benjamin, Samuel, Gregory, Alexander, Patrick, Frank,
            Raymond, Jack, Dennis, Jerry, Tyler, Aaron, José, Adam, Nathan, Henry, Zachary, Douglas, Peter,
            Kyle, Noah, Ethan, Jeremy, Walter, Christian, Keith, Roger, Terry, Austin, Sean, Gerald, Carl,
            Harold, Dylan, Arthur, Lawrence, Jordan, Jesse, Bryan, Billy, Bruce, Gabriel, Joe, Logan, Alan,
            Juan, Albert, Wayne, Randy, Vincent, Mason, Roy, Ralph, Russell, Bradley, Philip, Eugene, Luis,
            Carlos, Miguel, Ángel, Diego, Mateo, Santiago, Andrés, Mohammed, Ahmed, Omar, Wei, Hiroshi,
            Kenji, Raj, Arjun, Vikram, Darnell, Malik, Jamal, DeShawn, Kwame, Chinedu, Minh, Jin, François,
            Jürgen, Björn, Søren, Luca, Matteo, Dmitri, Ivan, Liam, Oliver, Hugo
            """
        ),
        offset: 8
    );

    private static readonly RankedList<string> Female = new(
        WordList.Words(
            """
            Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Lisa, Nancy,
            Betty, Margaret, Sandra, Ashley, Kimberly, Emily, Donna, Michelle, Carol, Amanda, Dorothy,
            Melissa, Deborah, Stephanie, Rebecca, Sharon, Laura, Cynthia, Kathleen, Amy, Angela, Shirley,
            Anna, Brenda, Pamela, Emma, Nicole, Helen, Samantha, Katherine, Christine, Debra, Rachel,
            Carolyn, Janet, Catherine, Maria, Heather, Diane, Ruth, Julie, Olivia, Joyce, Virginia, Victoria,
            Kelly, Lauren, Christina, Joan, Evelyn, Judith, Megan, Andrea, Cheryl, Hannah, Jacqueline,
            Martha, Gloria, Teresa, Ann, Sara, Madison, Frances, Kathryn, Janice, Jean, Abigail, Alice, Judy,
            Sophia, Grace, Denise, Amber, Doris, Marilyn, Danielle, Beverly, Isabella, Theresa, Diana,
            Natalie, Brittany, Charlotte, Marie, Kayla, Alexis, Lori, Zoë, Renée, Chloé, Inés, Sofía, Lucía,
            Guadalupe, Ximena, Priya, Ananya, Aisha, Fatima, Mei, Yuki, Hana, Linh, Keisha, Latoya, Imani,
            Aaliyah, Ngozi, Chiara, Giulia, Ingrid, Astrid, Siobhan, Niamh, Olga, Élodie, Hélène, Camille
            """
        ),
        offset: 8
    );

    /// <summary>A given name for the sex; "X" draws from either list.</summary>
    public static string Pick(Random rng, string sex) =>
        sex switch
        {
            "M" => Male.Pick(rng),
            "F" => Female.Pick(rng),
            _ => rng.Chance(0.5) ? Male.Pick(rng) : Female.Pick(rng),
        };
}
