namespace Mdm.DataSamples.Data;

/// <summary>
/// Family names, most common first, so Smith, Johnson and Garcia repeat across unrelated people the way
/// they do in real customer bases. A few people get multi-part names that systems render inconsistently.
/// </summary>
internal static class FamilyNames
{
    private static readonly RankedList<string> Common = new(
        WordList.Words(
            """
            Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Hernandez,
            Lopez, Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Perez, Thompson,
            White, Harris, Sanchez, Clark, Ramirez, Lewis, Robinson, Walker, Young, Allen, King, Wright,
            Scott, Torres, Nguyen, Hill, Flores, Green, Adams, Nelson, Baker, Hall, Rivera, Campbell,
            Mitchell, Carter, Roberts, Gomez, Phillips, Evans, Turner, Diaz, Parker, Cruz, Edwards, Collins,
            Reyes, Stewart, Morris, Morales, Murphy, Cook, Rogers, Gutierrez, Ortiz, Morgan, Cooper,
            Peterson, Bailey, Reed, Kelly, Howard, Ramos, Kim, Cox, Ward, Richardson, Watson, Brooks, Chavez,
            Wood, James, Bennett, Gray, Mendoza, Ruiz, Hughes, Price, Alvarez, Castillo, Sanders, Patel,
            Myers, Long, Ross, Foster, Jimenez, Powell, Jenkins, Perry, Russell, Sullivan, Bell, Coleman,
            Butler, Henderson, Barnes, Gonzales, Fisher, Vasquez, Simmons, Romero, Jordan, Patterson,
            Alexander, Hamilton, Graham, Reynolds, Griffin, Wallace, Moreno, West, Cole, Hayes, Bryant,
            Herrera, Gibson, Ellis, Tran, Medina, Aguilar, Stevens, Murray, Ford, Castro, Marshall, Owens,
            Harrison, Fernandez, McDonald, Woods, Washington, Kennedy, Wells, Vargas, Henry, Chen, Freeman,
            Webb, Tucker, Guzman, Burns, Crawford, Olson, Simpson, Porter, Hunter, Gordon, Mendez, Silva,
            Shaw, Snyder, Mason, Dixon, Muñoz, Hunt, Hicks, Holmes, Palmer, Wagner, Black, Robertson, Boyd,
            Rose, Stone, Salazar, Fox, Warren, Mills, Meyer, Rice, Schmidt, Garza, Daniels, Ferguson,
            Nichols, Stephens, Soto, Weaver, Ryan, Gardner, Payne, Grant, Dunn, Kelley, Spencer, Hawkins,
            Arnold, Pierce, Vazquez, Hansen, Peters, Santos, Hart, Bradley, Knight, Elliott, Cunningham,
            Duncan, Armstrong, Hudson, Carroll, Lane, Riley, Andrews, Alvarado, Ray, Delgado, Berry,
            Perkins, Hoffman, Johnston, Matthews, Peña, Richards, Contreras, Willis, Carpenter, Lawrence,
            Sandoval, Wang, Li, Zhang, Liu, Singh, Shah, Kumar, Gupta, Cohen, Levy, Friedman, Katz, O'Brien,
            O'Connor, O'Neill, Kowalski, Nowak, Wiśniewski, Novak, Müller, Schneider, Fischer, Weber,
            Becker, Schäfer, Köhler, Ivanov, Petrov, Smirnov, Popescu, Rossi, Russo, Ferrari, Esposito,
            Bianchi, Romano, Colombo, Ricci, Marino, Dubois, Lefèvre, Moreau, Côté, Gagnon, Tremblay,
            Bélanger, Roy, Bouchard, Leblanc, Yamamoto, Tanaka, Suzuki, Watanabe, Sato, Park, Choi, Jung,
            Kang, Cho, Pham, Hoang, Vu, Le, Okafor, Adeyemi, Mensah, Osei, Haddad, Khalil, Nasser, Hassan,
            Ali, Khan, Ahmed, Hussain, Andersen, Johansson, Lindqvist, Nielsen, Jensen, Larsen, Eriksson,
            Núñez, Ibáñez
            """
        ),
        offset: 10
    );

    private static readonly string[] WithParticles = WordList.Words(
        """
        van der Berg, van Dijk, de la Cruz, del Rio, De Luca, van Buren, de Souza, dos Santos,
        da Silva, di Stefano, van den Heuvel, von Hagen, de Jong, ter Horst
        """
    );

    private static readonly string[] Hispanic = WordList.Words(
        """
        Garcia, Rodriguez, Martinez, Hernandez, Lopez, Gonzalez, Perez, Sanchez, Ramirez, Torres,
        Flores, Rivera, Gomez, Diaz, Cruz, Reyes, Morales, Ortiz, Ramos, Castillo, Ruiz, Mendoza,
        Vargas, Herrera, Medina, Castro, Jiménez, Núñez, Peña, Muñoz
        """
    );

    public static string Pick(Random rng)
    {
        var roll = rng.NextDouble();
        return roll switch
        {
            < 0.03 => rng.Pick(WithParticles),
            < 0.06 => Pair(() => rng.Pick(Hispanic), " "), // Garcia Lopez
            < 0.08 => Pair(() => Common.Pick(rng), "-"), // Smith-Jones
            _ => Common.Pick(rng),
        };
    }

    private static string Pair(Func<string> pick, string separator)
    {
        var first = pick();
        string second;
        do
        {
            second = pick();
        } while (second == first);
        return first + separator + second;
    }
}
